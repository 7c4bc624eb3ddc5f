// Small pieces the fact desk shares with the record forms it opens.

/** Tells the editor a form was filled in from a quote by rules, and must be checked. */
export function PrefillNote({ added = false, alreadyCited = false }: { added?: boolean; alreadyCited?: boolean }) {
  return (
    <p className="notice" role="status">
      {alreadyCited
        ? '所选原文已是这条记录的引文，无需再加。'
        : added
          ? '所选原文已加入下方“引文”，保存后成为草稿。'
          : '已根据所选原文预填（数值、单位、限定词、增速、时期、名称和引文），这些是按规则读出的，请逐项核对后再保存。'}
    </p>
  );
}
