/**
 * The probe page over the stand-in (dist-preview/probe.html): the same probes as the add-in's
 * probe.html, against a sample document. A report pasted from a real Word sets the stand-in's
 * modes (modesFromReport) and the probes run again, so one sees the stand-in behave like that Word.
 */
import { parseProbeReport } from '../../src/probe/report';
import { runProbes } from '../../src/probe/probe';
import { renderFailure, renderReport, wireCopyButton } from '../../src/probe/render';
import { installStandin } from '../standin';
import { modesFromReport, type StandinModes } from '../standin/modes';
import { PROBE_SAMPLE } from './sample';

async function probeWith(modes: Partial<StandinModes>): Promise<void> {
  const container = document.getElementById('document') as HTMLElement;
  container.replaceChildren();
  installStandin({ container, paragraphs: PROBE_SAMPLE, modes });
  const modesView = document.getElementById('modes') as HTMLElement;
  modesView.textContent = JSON.stringify(modes);
  try {
    renderReport(document.body, await runProbes());
  } catch (error) {
    renderFailure(document.body, error);
  }
}

wireCopyButton(document.body);
document.getElementById('apply')?.addEventListener('click', () => {
  const pasted = (document.getElementById('paste') as HTMLTextAreaElement).value;
  const status = document.getElementById('status') as HTMLElement;
  try {
    void probeWith(modesFromReport(parseProbeReport(pasted)));
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  }
});
void probeWith({});
