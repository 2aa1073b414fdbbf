/** Sending e-mail through the SMTP server at SMTP_URL (smtp://, or smtps:// for TLS from the start). */
import { createTransport } from 'nodemailer';
import type { SendMail } from './outbox.ts';

export function smtpSender(url: string, from: string): { send: SendMail; close: () => void } {
  const transport = createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  return {
    send: async (mail) => {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}
