import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCaseError, errorCode } from './case-format';

interface ActionDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  intro?: string;
  submit: string;
  /** Danger actions (cancel, remove) are coloured so. */
  danger?: boolean;
  /** Labels of the inputs by their API field name, so an input error names the field. */
  fieldLabels?: Record<string, string>;
  /** Sends the change; a rejection keeps the dialog open with the refusal as a sentence. */
  onSubmit: () => Promise<unknown>;
  /** Called after a successful change (to clear the form and announce it). */
  onDone: () => void;
  /** The form's fields, mounted only while the dialog is open. */
  children?: ReactNode;
}

/** One coordinator action: a button, and a modal dialog with its form and its refusal. */
export function ActionDialog({
  trigger,
  title,
  intro,
  submit,
  danger,
  fieldLabels,
  onSubmit,
  onDone,
  children,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const client = useApolloClient();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      ref.current?.close();
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        data-color={danger ? 'danger' : undefined}
        onClick={() => {
          setError(null);
          setOpen(true);
          ref.current?.showModal();
        }}
      >
        {trigger}
      </Button>
      <Dialog
        ref={ref}
        aria-labelledby={titleId}
        closeButton={t('casePage.actions.close')}
        onClose={() => {
          setOpen(false);
          // Refused because the case changed meanwhile: show it as it is now.
          const code = errorCode(error);
          if (code === 'INVALID_TRANSITION' || code === 'CONFLICT')
            void client.refetchQueries({ include: ['Case'] });
        }}
      >
        <form className="case-dialog" onSubmit={(event) => void send(event)}>
          <Heading level={2} data-size="xs" id={titleId}>
            {title}
          </Heading>
          {intro && <Paragraph>{intro}</Paragraph>}
          {open && children}
          {error !== null && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{describeCaseError(error, t, fieldLabels)}</Paragraph>
            </Alert>
          )}
          <div className="case-dialog__buttons">
            <Button type="submit" loading={busy} data-color={danger ? 'danger' : undefined}>
              {submit}
            </Button>
            <Button variant="tertiary" type="button" onClick={() => ref.current?.close()}>
              {t('casePage.actions.abort')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
