import { Paragraph, Spinner } from '@digdir/designsystemet-react';

export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <Paragraph>{label}</Paragraph>
    </div>
  );
}
