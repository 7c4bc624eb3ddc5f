// A plain GET form: filters end up in the URL, work without JavaScript and can be shared.
export type FilterSelect = {
  name: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
};

export function ListFilters({
  action,
  selects,
  resultCount,
}: {
  action: string;
  selects: FilterSelect[];
  resultCount: number;
}) {
  return (
    <form className="filters" action={action} method="get" role="search" aria-label="筛选">
      {selects.map((select) => (
        <label key={select.name} className="filters__field">
          <span>{select.label}</span>
          <select name={select.name} defaultValue={select.value ?? ''}>
            <option value="">全部</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">筛选</button>
      <a href={action} className="filters__reset">
        清除
      </a>
      <p className="filters__count" aria-live="polite">
        共 {resultCount} 条
      </p>
    </form>
  );
}
