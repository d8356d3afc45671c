/** A speech written for these tests as LibreOffice flat ODF: headings, a Chinese multilevel list, a table. */

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

const item = (text: string, nested = ''): string =>
  `<text:list-item><text:p>${text}</text:p>${nested}</text:list-item>`;
const list = (items: string, attrs = ''): string => `<text:list${attrs}>${items}</text:list>`;

export const SPEECH_FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
</office:styles>
<office:automatic-styles>
  <text:list-style style:name="SpeechOutline">
    <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
    <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
    <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>
    <text:list-level-style-number text:level="4" style:num-prefix="（" style:num-suffix="）" style:num-format="1"/>
  </text:list-style>
  <text:list-style style:name="Tasks">
    <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..." text:start-value="9"/>
  </text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">在全市营商环境工作推进会上的讲话</text:h>
<text:p>同志们：</text:p>
<text:p>今天召开会议，主要任务是<text:tab/>总结工作、部署任务。<text:line-break/>下面，我讲三点意见。</text:p>
${list(
  item(
    '充分肯定取得的成绩',
    list(
      item(
        '政务服务更加便捷',
        list(
          item('推行一网通办', list(item('企业开办一天办结') + item('不动产登记压缩到三天'))) +
            item('推行就近可办'),
        ),
      ) + item('市场活力持续释放'),
    ),
  ) + item('清醒认识存在的问题', list(item('部分审批环节仍然偏多'))),
  ' xml:id="outline1" text:style-name="SpeechOutline"',
)}
<text:p>上述问题，必须高度重视。</text:p>
${list(item('扎实抓好下步工作', list(item('对标一流找差距') + item('聚焦痛点抓整改'))), ' text:style-name="SpeechOutline" text:continue-numbering="true"')}
<table:table table:name="进度表">
  <table:table-column table:number-columns-repeated="2"/>
  <table:table-row><table:table-cell><text:p>任务</text:p></table:table-cell><table:table-cell><text:p>完成时限</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>清理证明事项</text:p></table:table-cell><table:table-cell><text:p>6月底前</text:p><text:p>分两批完成</text:p></table:table-cell></table:table-row>
</table:table>
${list(item('专项整治行动') + item('督查问责行动') + item('十一项重点任务') + item('第十二项'), ' text:style-name="Tasks"')}
<text:p>谢谢大家！</text:p>
</office:text></office:body></office:document>
`;

/** A reviewed draft: an existing reviewer's comment, a tracked insertion and a tracked deletion. */
export const REVIEWED_FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:tracked-changes text:track-changes="true">
  <text:changed-region xml:id="ct1" text:id="ct1"><text:insertion><office:change-info><dc:creator>审稿人</dc:creator><dc:date>2024-03-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
  <text:changed-region xml:id="ct2" text:id="ct2"><text:deletion><office:change-info><dc:creator>审稿人</dc:creator><dc:date>2024-03-01T10:05:00</dc:date></office:change-info><text:p>一百二十</text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:p>同志们：</text:p>
<text:p>今年全县新建保障性住房<text:change text:change-id="ct2"/><text:change-start text:change-id="ct1"/>XX<text:change-end text:change-id="ct1"/>套，<office:annotation office:name="c1"><dc:creator>办公室</dc:creator><dc:date>2024-03-01T11:00:00</dc:date><text:p>请住建局核实套数</text:p></office:annotation>惠及群众<office:annotation-end office:name="c1"/>上万人。</text:p>
<table:table table:name="分工表">
  <table:table-column/>
  <table:table-row><table:table-cell><text:p>牵头单位：XX局</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>今年是2020年，要迎接党的二十大胜利召开。</text:p>
</office:text></office:body></office:document>
`;
