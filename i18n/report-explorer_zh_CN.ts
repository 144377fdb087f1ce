<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About China Open Source Report Explorer</source>
        <translation>关于中国开源生态报告浏览器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;China Open Source Report Explorer %1&lt;/h3&gt;&lt;p&gt;Browse, search, chart and cite the chapter on industry associations and important policy events of the &lt;i&gt;2016 China Open Source Ecosystem Report&lt;/i&gt; (%2), in Chinese and English.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; Kaiyuanshe (开源社), &lt;a href=&apos;https://github.com/kaiyuanshe/2016-China-Open-Source-Report&apos;&gt;2016-China-Open-Source-Report&lt;/a&gt;, file %3 (SHA-256 %4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence of the report:&lt;/b&gt; %5 — &lt;a href=&apos;https://creativecommons.org/publicdomain/zero/1.0/&apos;&gt;CC0 1.0&lt;/a&gt;. The English translations of names marked as descriptive are the explorer&apos;s own.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;中国开源生态报告浏览器 %1&lt;/h3&gt;&lt;p&gt;以中英文浏览、搜索、图示和引用《2016年中国开源生态系统报告》（%2）中关于产业协会与重要政策事件的章节。&lt;/p&gt;&lt;p&gt;&lt;b&gt;来源：&lt;/b&gt;开源社（Kaiyuanshe），&lt;a href=&apos;https://github.com/kaiyuanshe/2016-China-Open-Source-Report&apos;&gt;2016-China-Open-Source-Report&lt;/a&gt;，文件 %3（SHA-256 %4）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;报告许可：&lt;/b&gt;%5 — &lt;a href=&apos;https://creativecommons.org/publicdomain/zero/1.0/&apos;&gt;CC0 1.0&lt;/a&gt;。标注为“描述性”的名称英译由本浏览器提供。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AllianceTreeModel</name>
    <message>
        <source>Founding date unknown</source>
        <translation>创立时间不详</translation>
    </message>
    <message>
        <source>No guiding unit</source>
        <translation>无指导单位</translation>
    </message>
    <message numerus="yes">
        <source>Activities (%n)</source>
        <translation>
            <numerusform>主要活动（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services (%n)</source>
        <translation>
            <numerusform>联盟服务（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>创立时间</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events per year</source>
        <translation>每年事件数</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>PNG files get exactly this many pixels, drawn at twice the screen&apos;s scale for sharp text; SVG and PDF are vector files with the same layout.</source>
        <translation>PNG 文件的像素尺寸与此完全一致，并以屏幕两倍的比例绘制，文字清晰；SVG 和 PDF 为矢量文件，版式相同。</translation>
    </message>
    <message>
        <source>Pixels, for a screen</source>
        <translation>像素，用于屏幕</translation>
    </message>
    <message>
        <source>Millimetres, for print</source>
        <translation>毫米，用于印刷</translation>
    </message>
    <message>
        <source>&amp;Size in:</source>
        <translation>尺寸单位(&amp;S)：</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>The PNG gets as many pixels as the size needs at this resolution and records the resolution; the PDF page and the SVG drawing are exactly this size.</source>
        <translation>PNG 按此分辨率取得所需的像素数，并记录该分辨率；PDF 页面与 SVG 图形即为此尺寸。</translation>
    </message>
</context>
<context>
    <name>ChartExportSize</name>
    <message>
        <source>the resolution must be between %1 and %2 DPI</source>
        <translation>分辨率必须在 %1 到 %2 DPI 之间</translation>
    </message>
    <message>
        <source>the size is WIDTHxHEIGHT in pixels (1920x1080) or in millimetres (85mmx60mm)</source>
        <translation>尺寸的写法为 宽x高，以像素（1920x1080）或毫米（85mmx60mm）计</translation>
    </message>
    <message>
        <source>the size %1×%2 is outside %3–%4 pixels</source>
        <translation>尺寸 %1×%2 超出 %3–%4 像素的范围</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>“%1”: choose a file name ending in .png, .svg or .pdf</source>
        <translation>“%1”：请选择以 .png、.svg 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the SVG generator failed</source>
        <translation>SVG 生成失败</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>PDF 写入失败</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>Cannot copy the chart</source>
        <translation>无法复制图表</translation>
    </message>
    <message>
        <source>Chart copied as an image and as SVG</source>
        <translation>图表已作为图像和 SVG 复制</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Build the report from another copy or edition of its markdown.</source>
        <translation>从报告的另一份或另一版 Markdown 文件构建报告。</translation>
    </message>
    <message>
        <source>FILE.md</source>
        <translation>文件.md</translation>
    </message>
    <message>
        <source>Open an existing report database instead of the embedded one.</source>
        <translation>打开现有的报告数据库，而不是内置数据库。</translation>
    </message>
    <message>
        <source>FILE.sqlite</source>
        <translation>文件.sqlite</translation>
    </message>
    <message>
        <source>Write the database in use to PATH and exit.</source>
        <translation>将当前使用的数据库写入“路径”后退出。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Write the chart as PNG, SVG or PDF (chosen by the file name&apos;s ending) and exit.</source>
        <translation>将图表写为 PNG、SVG 或 PDF（按文件扩展名选择）后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Which chart --export-chart writes: timeline (default) or per-year.</source>
        <translation>--export-chart 导出的图表：timeline（时间线，默认）或 per-year（每年事件数）。</translation>
    </message>
    <message>
        <source>timeline|per-year</source>
        <translation>timeline|per-year</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Write the policy table, as shown, as CSV (RFC 4180, UTF-8) and exit.</source>
        <translation>将当前显示的政策事件表写为 CSV（RFC 4180，UTF-8）后退出。</translation>
    </message>
    <message>
        <source>Filter the exports as the search box would.</source>
        <translation>按搜索框的方式筛选导出内容。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Language of the interface and the content: zh or en.</source>
        <translation>界面与内容的语言：zh 或 en。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <translation>多余的参数“%1”；请参阅 --help</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 需要一个文件名</translation>
    </message>
    <message>
        <source>--import and --db cannot be used together</source>
        <translation>--import 与 --db 不能同时使用</translation>
    </message>
    <message>
        <source>--lang takes zh or en, not “%1”</source>
        <translation>--lang 只接受 zh 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>--chart takes timeline or per-year, not “%1”</source>
        <translation>--chart 只接受 timeline 或 per-year，而不是“%1”</translation>
    </message>
    <message>
        <source>Explore the 2016 China Open Source Ecosystem Report&apos;s chapter on industry associations and policy events.</source>
        <translation>浏览《2016年中国开源生态系统报告》中关于产业协会与重要政策事件的章节。</translation>
    </message>
    <message>
        <source>Compare two editions record by record (--compare 2015 2016 --export-csv FILE).</source>
        <translation>逐条比较两个版本（--compare 2015 2016 --export-csv 文件）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>--compare takes two years, e.g. --compare 2015 2016</source>
        <translation>--compare 需要两个年份，例如 --compare 2015 2016</translation>
    </message>
    <message>
        <source>--compare goes with --export-csv</source>
        <translation>--compare 须与 --export-csv 一起使用</translation>
    </message>
    <message>
        <source>--compare writes the comparison alone; leave out --%1</source>
        <translation>--compare 只导出比较结果；请去掉 --%1</translation>
    </message>
    <message>
        <source>Colours of the exported chart: light (default) or dark.</source>
        <translation>导出图表的配色：light（浅色，默认）或 dark（深色）。</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>--theme goes with --export-chart</source>
        <translation>--theme 须与 --export-chart 一起使用</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not “%1”</source>
        <translation>--theme 只接受 light 或 dark，而不是“%1”</translation>
    </message>
    <message>
        <source>Open the view of a report-explorer: link, or export what it shows with the exports.</source>
        <translation>打开 report-explorer: 链接所指的视图，或与导出选项一起导出该视图显示的内容。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>A report-explorer: link to open.</source>
        <translation>要打开的 report-explorer: 链接。</translation>
    </message>
    <message>
        <source>give the link either with --view or on its own, not both</source>
        <translation>链接要么用 --view 给出，要么单独给出，不能两者同时使用</translation>
    </message>
    <message>
        <source>--filter and a view link cannot be used together: the link has its own search</source>
        <translation>--filter 不能与视图链接同时使用：链接中已有自己的搜索</translation>
    </message>
    <message>
        <source>--print-link prints the link and exits; it does not go with an export</source>
        <translation>--print-link 只输出链接后退出，不能与导出一起使用</translation>
    </message>
    <message>
        <source>Size of the exported chart: in pixels (default 1920x1080) or for print, as 85mmx60mm.</source>
        <translation>导出图表的尺寸：以像素计（默认 1920x1080），或用于印刷，如 85mmx60mm。</translation>
    </message>
    <message>
        <source>Resolution of the exported chart, recorded in the PNG (default 300 for a size in mm).</source>
        <translation>导出图表的分辨率，记录在 PNG 中（以毫米给出尺寸时默认 300）。</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Write citations of the records shown as CSL-JSON (.json) or BibTeX (.bib) and exit.</source>
        <translation>将所显示记录的引文写为 CSL-JSON（.json）或 BibTeX（.bib）后退出。</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8.</source>
        <translation>在 CSV 开头写入 UTF-8 字节顺序标记（BOM），使 Excel 按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>--csv-bom goes with --export-csv</source>
        <translation>--csv-bom 须与 --export-csv 一起使用</translation>
    </message>
    <message>
        <source>--chart, --size and --dpi go with --export-chart</source>
        <translation>--chart、--size 和 --dpi 须与 --export-chart 一起使用</translation>
    </message>
    <message>
        <source>--filter goes with --export-chart, --export-csv, --export-citations or --print-link</source>
        <translation>--filter 须与 --export-chart、--export-csv、--export-citations 或 --print-link 一起使用</translation>
    </message>
    <message>
        <source>--dpi takes a number, e.g. 300</source>
        <translation>--dpi 只接受数字，例如 300</translation>
    </message>
    <message>
        <source>Which edition the exports show: a year, or all (default: the first edition; --export-db writes every edition).</source>
        <translation>导出哪一版：年份或 all（默认第一版；--export-db 写出所有版本）。</translation>
    </message>
    <message>
        <source>YEAR|all</source>
        <translation>年份|all</translation>
    </message>
    <message>
        <source>Add the --import markdown as the edition of this year, beside the embedded ones.</source>
        <translation>把 --import 的 markdown 作为该年份的一版，加在内置各版之外。</translation>
    </message>
    <message>
        <source>--edition goes with an export or --print-link</source>
        <translation>--edition 须与某项导出或 --print-link 一起使用</translation>
    </message>
    <message>
        <source>--edition takes a year or all, not “%1”</source>
        <translation>--edition 的值应为年份或 all，而不是“%1”</translation>
    </message>
    <message>
        <source>--as-edition goes with --import</source>
        <translation>--as-edition 须与 --import 一起使用</translation>
    </message>
    <message>
        <source>--as-edition takes a year, not “%1”</source>
        <translation>--as-edition 的值应为年份，而不是“%1”</translation>
    </message>
    <message>
        <source>Print the link to the view the other options describe (--filter, --edition, --lang, --view) and exit.</source>
        <translation>输出其他选项（--filter、--edition、--lang、--view）所描述视图的链接后退出。</translation>
    </message>
    <message>
        <source>--edition and a view link cannot be used together: the link names its own edition</source>
        <translation>--edition 不能与视图链接同时使用：链接中已指明自己的版本</translation>
    </message>
    <message>
        <source>--compare takes two years, not “%1”</source>
        <translation>--compare 需要两个年份，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>All (%L1)</source>
        <translation>全部（%L1）</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>Edition %1 compared with edition %2</source>
        <translation>%1 年版与 %2 年版比较</translation>
    </message>
    <message>
        <source>Select a record to see its fields in both editions.</source>
        <translation>选择一条记录，查看它在两个版本中的各个字段。</translation>
    </message>
    <message>
        <source>From:</source>
        <comment>the edition a comparison starts from</comment>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <comment>the edition a comparison ends at</comment>
        <translation>到：</translation>
    </message>
    <message>
        <source>Edition to compare from</source>
        <translation>比较的起始版本</translation>
    </message>
    <message>
        <source>Edition to compare to</source>
        <translation>比较的目标版本</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation>%1 年版</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>Comparing edition %1 with edition %2…</source>
        <translation>正在比较 %1 年版与 %2 年版…</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>For &amp;Excel (UTF-8 with BOM)</source>
        <translation>用于 &amp;Excel（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system&apos;s code page, which garbles Chinese text. Other tools read the file either way.</source>
        <translation>Excel 会按系统代码页读取没有此标记的 CSV 文件，导致中文乱码。其他工具无论有无标记都能正确读取。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an alliance or an event to see every field, its source line in the report and related records.</source>
        <translation>选择一个联盟或事件，查看全部字段、它在报告中的出处行以及相关记录。</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>English name in the report</source>
        <translation>报告给出的英文名</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>创立时间</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>介绍</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>(stated under “organisation”)</source>
        <translation>（见于“组织结构”）</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>成员数量</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <source>Guiding units</source>
        <translation>指导单位</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>联盟服务</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>相关事件</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Undated event</source>
        <translation>无日期的事件</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>日期精度</translation>
    </message>
    <message>
        <source>no date in the report</source>
        <translation>报告未给出日期</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Related alliances</source>
        <translation>相关联盟</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, marked in the table</source>
        <translation>
            <numerusform>…… 另有 %Ln 条，已在表格中标出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>…… 另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>%1 (until %2) is the predecessor of %3</source>
        <translation>%1（至 %2 年）是%3的前身</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>EditionComparison</name>
    <message>
        <source>the report has no %1 edition; it holds %2</source>
        <translation>报告没有 %1 年版；现有版本：%2</translation>
    </message>
    <message>
        <source>the report holds only the %1 edition; import another edition to compare it with</source>
        <translation>报告只有 %1 年版；请导入另一个版本再比较</translation>
    </message>
    <message>
        <source>the %1 edition is on both sides; choose two different editions to compare</source>
        <translation>两侧都是 %1 年版；请选择两个不同的版本进行比较</translation>
    </message>
</context>
<context>
    <name>EditionComparisonModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>变化的字段</translation>
    </message>
    <message>
        <source>%1 (Chinese)</source>
        <translation>%1（中文）</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1（英文）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有改动</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name in the report</source>
        <translation>报告给出的英文名</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>创立时间</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>介绍</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>成员数量</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <source>Guiding units</source>
        <translation>指导单位</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>联盟服务</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>a column of texts before editions are compared</comment>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <comment>a column of texts before editions are compared</comment>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>from any year</source>
        <translation>起始年份不限</translation>
    </message>
    <message>
        <source>to any year</source>
        <translation>截止年份不限</translation>
    </message>
    <message>
        <source>Earliest year shown (undated events are hidden while a year is set)</source>
        <translation>显示的最早年份（设置年份时隐藏无日期的事件）</translation>
    </message>
    <message>
        <source>Latest year shown</source>
        <translation>显示的最晚年份</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Show only events of this level; several may be chosen</source>
        <translation>只显示该层级的事件；可多选</translation>
    </message>
    <message>
        <source>All regions (%L1)</source>
        <translation>全部地区（%L1）</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>地区筛选</translation>
    </message>
    <message>
        <source>Shows only events of one region; each entry counts its events</source>
        <translation>只显示一个地区的事件；每一项都注明其事件数</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation>%1 年版</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>所有版本</translation>
    </message>
    <message>
        <source>Which edition of the report is shown</source>
        <translation>显示报告的哪一版</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Edition filter</source>
        <translation>版本筛选</translation>
    </message>
    <message>
        <source>With all editions shown, shows only events of one edition; each entry counts its events</source>
        <translation>显示所有版本时，只显示一个版本的事件；每一项都注明其事件数</translation>
    </message>
    <message>
        <source>Any edition (%L1)</source>
        <translation>任一版本（%L1）</translation>
    </message>
    <message>
        <source>%1 edition (%L2)</source>
        <translation>%1 年版（%L2）</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>“%1”: the chart file name must end in .png, .svg or .pdf</source>
        <translation>“%1”：图表文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>the view link cannot be opened: %1</source>
        <translation>无法打开视图链接：%1</translation>
    </message>
    <message>
        <source>“%1”: the citations file name must end in .json (CSL-JSON) or .bib (BibTeX)</source>
        <translation>“%1”：引文文件名必须以 .json（CSL-JSON）或 .bib（BibTeX）结尾</translation>
    </message>
    <message>
        <source>the report has no %1 edition; it holds %2</source>
        <translation>报告没有 %1 年版；现有版本：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>China Open Source Report Explorer</source>
        <translation>中国开源生态报告浏览器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Report Markdown…</source>
        <translation>导入报告 Markdown(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Database…</source>
        <translation>导出数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>将表格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF (%1)</source>
        <translation>将图表导出为 PNG、SVG 或 PDF（%1）</translation>
    </message>
    <message>
        <source>Export the events shown as CSV (%1)</source>
        <translation>将显示的事件导出为 CSV（%1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Rows</source>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Search</source>
        <translation>清除搜索(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Switch language (%1)</source>
        <translation>切换语言（%1）</translation>
    </message>
    <message>
        <source>&amp;About China Open Source Report Explorer</source>
        <translation>关于中国开源生态报告浏览器(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Guiding unit</source>
        <translation>指导单位</translation>
    </message>
    <message>
        <source>Founding year</source>
        <translation>创立年份</translation>
    </message>
    <message>
        <source>None (flat list)</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>泳道(&amp;L)：</translation>
    </message>
    <message>
        <source>By level of government</source>
        <translation>按政府层级</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events per Year</source>
        <translation>每年事件数</translation>
    </message>
    <message>
        <source>Open Report Database</source>
        <translation>打开报告数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1

The report shown stays as it was.</source>
        <translation>%1

当前显示的报告保持不变。</translation>
    </message>
    <message>
        <source>Import Report Markdown</source>
        <translation>导入报告 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the report</source>
        <translation>无法导入报告</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>%1

Showing the report built into the explorer instead.</source>
        <translation>%1

改为显示浏览器内置的报告。</translation>
    </message>
    <message>
        <source>Clear Fil&amp;ters</source>
        <translation>清除筛选(&amp;T)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Compare Editions</source>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>Group alliances by</source>
        <translation>联盟分组方式</translation>
    </message>
    <message>
        <source>How the alliance tree below is grouped</source>
        <translation>下方联盟树的分组方式</translation>
    </message>
    <message>
        <source>Alliances</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Open source alliances; selecting one shows its details and highlights related events</source>
        <translation>开源联盟；选中一个即显示其详情并突出相关事件</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>政策事件</translation>
    </message>
    <message>
        <source>The events matching the search and the filters; selecting one shows its details</source>
        <translation>符合搜索和筛选条件的事件；选中一个即显示其详情</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>时间线泳道</translation>
    </message>
    <message>
        <source>Whether the timeline has a lane per level of government or per region</source>
        <translation>时间线按政府层级还是按地区分泳道</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Every field of the selected event or alliance, with links to related records</source>
        <translation>所选事件或联盟的全部字段，附相关记录的链接</translation>
    </message>
    <message>
        <source>Report or comparison of editions</source>
        <translation>报告或版本对比</translation>
    </message>
    <message>
        <source>Copy a report-explorer: link that opens exactly this view</source>
        <translation>复制一个可原样打开此视图的 report-explorer: 链接</translation>
    </message>
    <message>
        <source>Link to this view copied</source>
        <translation>已复制此视图的链接</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <source>%1

The view shown stays as it was.</source>
        <translation>%1

当前显示的视图保持不变。</translation>
    </message>
    <message>
        <source>Copy Lin&amp;k to This View</source>
        <translation>复制此视图的链接(&amp;K)</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>复制引文(&amp;I)</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>Export Ci&amp;tations…</source>
        <translation>导出引文(&amp;T)…</translation>
    </message>
    <message>
        <source>Select an alliance or events to cite</source>
        <translation>请选择要引用的联盟或事件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>已复制 %Ln 条引文</numerusform>
        </translation>
    </message>
    <message>
        <source>Search and Export</source>
        <translation>搜索与导出</translation>
    </message>
    <message>
        <source>Colours the timeline&apos;s events by how they changed between the two editions compared</source>
        <translation>按两个比较版本之间的变化为时间线上的事件着色</translation>
    </message>
    <message>
        <source>Colour by C&amp;hange</source>
        <translation>按变化着色(&amp;H)</translation>
    </message>
    <message>
        <source>Colour the timeline&apos;s events as new, changed or unchanged between the editions compared</source>
        <translation>按比较版本之间新增、有变化或未变化为时间线上的事件着色</translation>
    </message>
</context>
<context>
    <name>PerYearChartView</name>
    <message>
        <source>Events per year</source>
        <translation>每年事件数</translation>
    </message>
    <message>
        <source>Policy events per year, stacked by level of government; each bar is read with its year, level and count.</source>
        <translation>每年的政策事件数，按政府层级堆叠；每个柱段读出其年份、层级和数量。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln event(s)</source>
        <comment>a bar of the per-year chart read aloud: year, level, count</comment>
        <translation>
            <numerusform>%1，%2：%Ln 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Central</source>
        <comment>government level</comment>
        <translation>中央</translation>
    </message>
    <message>
        <source>Provincial</source>
        <comment>government level</comment>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <comment>government level</comment>
        <translation>市级</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>government level</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>The report gives no date for this event.</source>
        <translation>报告没有给出该事件的日期。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%Ln event(s) have no date and are not placed on the time axis.</source>
        <translation>
            <numerusform>另有 %Ln 条事件没有日期，未在时间轴上标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open source policy events and alliance foundings in China</source>
        <translation>中国开源政策事件与联盟创立时间线</translation>
    </message>
    <message>
        <source>Policy events per year, by level of government</source>
        <translation>每年政策事件数（按政府层级）</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln policy event(s) of the report.</source>
        <translation>
            <numerusform>报告中的全部 %Ln 条政策事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtered: %1 (%L2 of %Ln events).</source>
        <translation>
            <numerusform>筛选：%1（%Ln 条中的 %L2 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1, “%2” (%3), Kaiyuanshe; licence: %4.</source>
        <translation>来源：%1，“%2”（%3），开源社；许可：%4。</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>该报告</translation>
    </message>
    <message>
        <source>see the report</source>
        <translation>见报告</translation>
    </message>
    <message>
        <source>Exact day</source>
        <comment>date precision, in the timeline&apos;s legend</comment>
        <translation>具体到日</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>date precision, in the timeline&apos;s legend</comment>
        <translation>具体到月</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>date precision, in the timeline&apos;s legend</comment>
        <translation>具体到年</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>axis title of the events-per-year chart</comment>
        <translation>年份</translation>
    </message>
    <message>
        <source>Cite as: %1</source>
        <translation>引用：%1</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>%1 年新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>an event, in the timeline&apos;s legend</comment>
        <translation>有改动</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>an event, in the timeline&apos;s legend</comment>
        <translation>未变</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>仅见于 %1 年版</translation>
    </message>
</context>
<context>
    <name>ReportCoordinator</name>
    <message numerus="yes">
        <source>%Ln event(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 条事件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Database written to %1</source>
        <translation>数据库已写入 %1</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>正在加载报告…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 / %Ln 条事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln alliance(s)</source>
        <translation>
            <numerusform>%L1 / %Ln 个联盟</numerusform>
        </translation>
    </message>
    <message>
        <source>This report has no policy events.</source>
        <translation>该报告没有政策事件。</translation>
    </message>
    <message>
        <source>No events match “%1” with the current filters.
Try fewer words or Edit ▸ Clear Filters.</source>
        <translation>在当前筛选条件下，没有与“%1”匹配的事件。
请减少搜索词，或使用 编辑 ▸ 清除筛选。</translation>
    </message>
    <message>
        <source>No events match “%1”.
Try fewer words, or the other language.</source>
        <translation>没有与“%1”匹配的事件。
请减少搜索词，或换用另一种语言。</translation>
    </message>
    <message>
        <source>No events match the current filters.
Edit ▸ Clear Filters shows them all.</source>
        <translation>没有符合当前筛选条件的事件。
使用 编辑 ▸ 清除筛选 可显示全部。</translation>
    </message>
    <message>
        <source>“%1”: choose a file name ending in .json (CSL-JSON) or .bib (BibTeX)</source>
        <translation>“%1”：请选择以 .json（CSL-JSON）或 .bib（BibTeX）结尾的文件名</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citation(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 条引文写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is still loading: export it once all of it is shown.</source>
        <translation>报告仍在加载：请在全部内容显示后再导出。</translation>
    </message>
    <message numerus="yes">
        <source>Loading the report… its first %Ln event(s) are shown</source>
        <translation>
            <numerusform>正在加载报告…已显示前 %Ln 条事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialogs</name>
    <message>
        <source>Export Database</source>
        <translation>导出数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>导出引文</translation>
    </message>
    <message>
        <source>CSL-JSON, for Zotero, Mendeley and pandoc (*.json);;BibTeX (*.bib)</source>
        <translation>CSL-JSON，适用于 Zotero、Mendeley 和 pandoc (*.json);;BibTeX (*.bib)</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>level: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>years: %1–%2</source>
        <translation>年份：%1–%2</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>%1: is a folder, not a markdown file</source>
        <translation>%1：是文件夹，不是 Markdown 文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the report already holds the %2 edition; choose another year</source>
        <translation>%1：报告已有 %2 年版，请另选年份</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>保存的视图需要一个名称。</translation>
    </message>
    <message>
        <source>A view&apos;s name has at most %1 characters and no spaces at either end.</source>
        <translation>视图名称最多 %1 个字符，且首尾不能有空格。</translation>
    </message>
    <message>
        <source>A view named “%1” exists already.</source>
        <translation>已有名为“%1”的视图。</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>视图集(&amp;W)</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>没有保存的视图</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Cannot use this name</source>
        <translation>无法使用此名称</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search events and alliances (Ctrl+F)</source>
        <translation>搜索事件与联盟（Ctrl+F）</translation>
    </message>
    <message>
        <source>Matches Chinese and English at once. All words must match; put a phrase in quotes.</source>
        <translation>同时匹配中文与英文。所有词都须匹配；短语请加引号。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Policy events and alliance foundings in time order, one lane per level or region. Left and Right move along a lane, Up and Down change lane, Enter selects, plus and minus zoom, 0 shows everything, Esc returns to the search box.</source>
        <translation>按时间顺序排列的政策事件和联盟创立，每个层级或地区一条泳道。左右方向键沿泳道移动，上下方向键切换泳道，回车键选中，加号和减号缩放，0 显示全部，Esc 返回搜索框。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>a timeline marker read aloud: date, lane (level or region), start of the text</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period of the timeline</comment>
        <translation>%1至%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln event(s)</source>
        <comment>a density bin read aloud: period, lane, count</comment>
        <translation>
            <numerusform>%1，%2：%Ln 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>Alliance foundings</source>
        <translation>联盟创立</translation>
    </message>
    <message numerus="yes">
        <source>%n other region(s)</source>
        <translation>
            <numerusform>其他 %n 个地区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDensityItem</name>
    <message numerus="yes">
        <source>%Ln event(s) around %1</source>
        <translation>
            <numerusform>%1 前后有 %Ln 条事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewLink</name>
    <message>
        <source>“%1” in the link takes %2, not “%3”</source>
        <translation>链接中的“%1”只接受 %2，而不是“%3”</translation>
    </message>
    <message>
        <source>“%1” in the link takes a year such as 2016, not “%2”</source>
        <translation>链接中的“%1”须为年份（如 2016），而不是“%2”</translation>
    </message>
    <message>
        <source>the link is %L1 characters long; a view link has at most %L2</source>
        <translation>链接长 %L1 个字符；视图链接最多 %L2 个字符</translation>
    </message>
    <message>
        <source>not a valid link: %1</source>
        <translation>不是有效的链接：%1</translation>
    </message>
    <message>
        <source>not a view link: it must start with “%1:view?”</source>
        <translation>不是视图链接：必须以“%1:view?”开头</translation>
    </message>
    <message>
        <source>a view link has no “#” part</source>
        <translation>视图链接不能含有“#”部分</translation>
    </message>
    <message>
        <source>unknown key “%1” in the link</source>
        <translation>链接中有未知的键“%1”</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in the link</source>
        <translation>键“%1”在链接中出现了两次</translation>
    </message>
    <message>
        <source>the link has format version “%1”; this explorer reads version %2</source>
        <translation>链接的格式版本为“%1”；本浏览器只能读取版本 %2</translation>
    </message>
    <message>
        <source>the link has no format version (v=%1)</source>
        <translation>链接没有格式版本（v=%1）</translation>
    </message>
    <message>
        <source>the link&apos;s search is %L1 characters long; at most %L2 are allowed</source>
        <translation>链接中的搜索长 %L1 个字符；最多允许 %L2 个</translation>
    </message>
    <message>
        <source>“level” in the link takes central, provincial, municipal or other, each once, not “%1”</source>
        <translation>链接中的“level”只接受 central、provincial、municipal 或 other，每个最多一次，而不是“%1”</translation>
    </message>
    <message>
        <source>the report has no region “%1”</source>
        <translation>报告中没有地区“%1”</translation>
    </message>
    <message>
        <source>“years” in the link takes FROM-TO, FROM- or -TO, not “%1”</source>
        <translation>链接中的“years”格式为 起-止、起- 或 -止，而不是“%1”</translation>
    </message>
    <message>
        <source>“years” in the link ends before it starts: “%1”</source>
        <translation>链接中的“years”结束早于开始：“%1”</translation>
    </message>
    <message>
        <source>“event” in the link takes an event&apos;s number, not “%1”</source>
        <translation>链接中的“event”须为事件编号，而不是“%1”</translation>
    </message>
    <message>
        <source>the report has no event %1</source>
        <translation>报告中没有事件 %1</translation>
    </message>
    <message>
        <source>“edition” in the link takes a year such as 2016 or all, not “%1”</source>
        <translation>链接中的“edition”须为年份（如 2016）或 all，而不是“%1”</translation>
    </message>
    <message>
        <source>the link shows the %1 edition, which the report does not hold (it holds %2)</source>
        <translation>链接指向 %1 年版，报告中没有该版本（现有版本：%2）</translation>
    </message>
    <message>
        <source>event %1 is of the %2 edition, not of the link&apos;s %3 edition</source>
        <translation>事件 %1 属于 %2 年版，而不是链接所指的 %3 年版</translation>
    </message>
    <message>
        <source>with edition=all, “alliance” in the link takes YEAR.slug, not “%1”</source>
        <translation>edition=all 时，链接中的“alliance”须为“年份.标识”（YEAR.slug），而不是“%1”</translation>
    </message>
    <message>
        <source>the %1 edition has no alliance “%2”</source>
        <translation>%1 年版中没有联盟“%2”</translation>
    </message>
</context>
</TS>
