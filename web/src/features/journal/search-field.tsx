import { Label, Search } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The journal's search field (one case or the whole team): typing, clearing, searching. */
export function JournalSearchField({
  query,
  onQuery,
  onClear,
}: {
  query: string;
  onQuery: (query: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <Label htmlFor={id} className="journal-search__label">
        {t('journal.search.label')}
      </Label>
      <Search>
        <Search.Input
          id={id}
          value={query}
          maxLength={200}
          onChange={(event) => onQuery(event.target.value)}
        />
        <Search.Clear aria-label={t('journal.search.clear')} onClick={onClear} />
        <Search.Button type="submit">{t('journal.search.submit')}</Search.Button>
      </Search>
    </>
  );
}
