import { Button } from '@digdir/designsystemet-react';

/** Prints the page: with a `.print-document` on it, that document alone (ui/print.css). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" data-size="sm" type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
