/** The pane reaches Word only through this context: Office.js in Word, fakes in tests and the preview. */
import { createContext, useContext } from 'react';
import type { SpeechDeskWord } from '../word/api';

export const WordContext = createContext<SpeechDeskWord | undefined>(undefined);

export function useWord(): SpeechDeskWord {
  const word = useContext(WordContext);
  if (!word) throw new Error('useWord() needs a <WordContext.Provider> above it');
  return word;
}
