import type { Metadata } from 'next';
import Link from 'next/link';

// Needs no data: prerendered once at build time (also the benchmarks' static reference page).
export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: '关于本站',
  description: '江北数据如何收集、核对和公开数字：每个数字都链接到原始文件中的原文段落。',
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <article className="prose">
      <h1>关于本站</h1>
      <p className="lead">
        江北数据收录重庆市江北区在新闻报道和年鉴中公开发布的数字，并为每一个数字标明出处：点击数字旁的引文标记，
        即可看到它在原始文件中的原话，原文段落会被高亮显示。
      </p>

      <h2>数字从哪里来</h2>
      <p>
        所有数据都摘自公开发布的原始文件，例如区政府网站的新闻报道和《江北年鉴》。每份原始文件按发布时的文字原样保存，
        保存后不再改动；如果发布方更正了文字，更正稿作为同一文件的新版本导入，旧版本仍然保留。
      </p>
      <p>
        在<Link href="/sources">原始文件</Link>
        页面可以阅读每份文件的全文，文中被引用的段落都有高亮，旁边列出引用它的指标、 项目和协议。
      </p>

      <h2>数字如何核对</h2>
      <ol>
        <li>编辑在后台录入指标、项目或合作协议，并在原始文件中选中支持它的原话作为引文。</li>
        <li>系统自动核对：引文必须与原文逐字一致，录入的数值必须出现在引文之中。未通过核对的数字不能提交审核。</li>
        <li>另一位审核人逐项查看修改内容和引文，批准后才会公开；编辑不能审核自己的修改。</li>
        <li>每一次公开的版本都会保存，可以查看谁在何时修改了什么。</li>
      </ol>
      <p>
        原文使用“超”“约”“预计”等说法的，页面照录这些限定词；目标值和预计值与实际值分开显示。不同文件对同一数字说法不一致时，
        指标页面会并列展示两段原文。
      </p>

      <h2>引文标记怎么用</h2>
      <p>
        数字旁的上标编号就是引文标记。把鼠标移到标记上（或用键盘移到标记上），会显示原话、文件标题和日期；点击标记，
        会打开原始文件并滚动到被高亮的那段原文。这些链接是普通网页链接，不依赖脚本，也可以直接分享。
      </p>

      <h2>下载与接口</h2>
      <p>
        每个指标、专题、项目列表和协议列表都可以下载为 CSV（带 BOM 的 UTF-8，表格软件可直接打开中文）和 JSON，
        每一行都附引文的文件标题、原话和链接。程序可以使用只读的 JSON 接口，接口说明见{' '}
        <a href="/api/v1/openapi.json">OpenAPI 文档</a>。最近公开的修改也可以通过<Link href="/changes">最近发布</Link>
        页面和 Atom 源订阅。
      </p>

      <h2>发现错误？</h2>
      <p>
        如果您发现某个数字与原文不符，请记下页面地址和引文编号告诉我们。每个数字都能追溯到原文，这正是为了让任何人都能核对。
      </p>
    </article>
  );
}
