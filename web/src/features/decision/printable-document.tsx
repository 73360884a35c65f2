import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';
import { PrintButton } from '../../ui/print-button';
import './decision.css';

interface PrintableDocumentProps {
  heading: string;
  /** The document as the API wrote it: plain text, lines kept. */
  text: string;
  printLabel: string;
  /** Notes on screen only (the letter's language, a late flag). */
  notes?: ReactNode;
  /** The step after reading it (record, send): on screen only. */
  actions?: ReactNode;
}

/** A letter or summary to read before it is sent, printable alone as an A4 page. */
export function PrintableDocument({
  heading,
  text,
  printLabel,
  notes,
  actions,
}: PrintableDocumentProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="print-document printable">
      <Heading level={2} data-size="xs" id={headingId} data-print="hide">
        {heading}
      </Heading>
      {notes && <div data-print="hide">{notes}</div>}
      <div className="print-document__text">{text}</div>
      <div className="printable__actions" data-print="hide">
        <PrintButton label={printLabel} />
        {actions}
      </div>
    </section>
  );
}
