// The search box in every public page's header: a plain GET form (public pages run no script).
export function SiteSearch() {
  return (
    <form className="site-search" action="/search" method="get" role="search" aria-label="站内搜索">
      <label htmlFor="site-search-q" className="visually-hidden">
        搜索指标、项目、协议和原始文件
      </label>
      <input id="site-search-q" name="q" type="search" placeholder="搜索，如 GDP、德阳" />
      <button type="submit">搜索</button>
    </form>
  );
}
