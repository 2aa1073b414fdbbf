/** A local SMTP server on loopback that keeps what it receives (the outbox's tests). */
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  raw: string;
}

/**
 * Listens on port; what it accepts goes to received. While stall() says so, a message is read
 * whole and never answered: its sender waits, as for a mail server that hangs (it is kept in
 * stalled, not in received, since it was never accepted).
 */
export function smtpOn(
  port: number,
  received: Received[],
  options: { stall?: () => boolean; stalled?: Received[] } = {},
) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        // Undo quoted-printable's soft line breaks, so that the text reads whole.
        const message = {
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: raw.replace(/=\r?\n/g, ''),
        };
        if (options.stall?.()) {
          options.stalled?.push(message);
          return;
        }
        received.push(message);
        done();
      });
    },
  });
  return new Promise<SMTPServer>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
