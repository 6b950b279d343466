/** A mail's three parts: plain text (what every client shows), and a simple accessible HTML version. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContext {
  recipientName: string;
  organizationName: string;
  /** Where the member changes how they get mail (the account page). */
  preferencesUrl: string;
}

export interface DigestItem {
  at: Date;
  title: string;
  url: string;
}

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** PUBLIC_URL + the notification's SPA path; the home page when it has none (or is not a path). */
export function notificationUrl(publicUrl: string, link: string | null): string {
  return link && /^\/(?![/\\])/.test(link) ? `${publicUrl}${link}` : `${publicUrl}/`;
}

function footer(context: MailContext): { text: string; html: string } {
  const why = `Vous recevez cet e-mail parce que vous êtes membre de ${context.organizationName} sur Parvis.`;
  const change = 'Pour recevoir un récapitulatif quotidien ou ne plus recevoir d’e-mails, modifiez vos préférences :';
  return {
    text: `--\n${why}\n${change} ${context.preferencesUrl}`,
    html: `<hr><p style="font-size:14px;color:#4a4a4a">${escapeHtml(why)}<br>${escapeHtml(change)} <a href="${escapeHtml(context.preferencesUrl)}" style="color:#1d4ed8">vos préférences de notification</a>.</p>`,
  };
}

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title></head>` +
    `<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">` +
    `<main style="max-width:600px;margin:0 auto">${body}</main></body></html>`
  );
}

/** One notification, at once. */
export function immediateMail(context: MailContext, title: string, url: string): ComposedMail {
  const subject = `[${context.organizationName}] ${title}`;
  const end = footer(context);
  const text = `Bonjour ${context.recipientName},\n\n${title}\n\nOuvrir dans Parvis : ${url}\n\n${end.text}\n`;
  const html = page(
    subject,
    `<p>Bonjour ${escapeHtml(context.recipientName)},</p><p><strong>${escapeHtml(title)}</strong></p>` +
      `<p><a href="${escapeHtml(url)}" style="color:#1d4ed8">Ouvrir dans Parvis</a></p>${end.html}`,
  );
  return { subject, text, html };
}

/** « mardi 1 décembre 2026 » and « lun. 30 nov., 14:05 » in the organisation's zone. */
function formatters(zone: string): { day: Intl.DateTimeFormat; moment: Intl.DateTimeFormat } {
  return {
    day: new Intl.DateTimeFormat('fr-FR', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    moment: new Intl.DateTimeFormat('fr-FR', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
  };
}

/** The day's notifications in one mail; `more` were left out of the list (it says how many). */
export function digestMail(context: MailContext, zone: string, sentAt: Date, items: DigestItem[], more: number, homeUrl: string): ComposedMail {
  const { day, moment } = formatters(zone);
  const total = items.length + more;
  const count = `${total} notification${total > 1 ? 's' : ''}`;
  const subject = `[${context.organizationName}] Votre récapitulatif du ${day.format(sentAt)} : ${count}`;
  const end = footer(context);
  const rest = more > 0 ? `Et ${more} autre${more > 1 ? 's' : ''} : ${homeUrl}` : '';
  const text =
    `Bonjour ${context.recipientName},\n\nVoici vos ${count} des dernières 24 heures :\n\n` +
    items.map((item) => `- ${moment.format(item.at)} : ${item.title}\n  ${item.url}`).join('\n') +
    (rest ? `\n\n${rest}` : '') +
    `\n\n${end.text}\n`;
  const list = items
    .map((item) => `<li style="margin-bottom:12px">${escapeHtml(moment.format(item.at))} : <a href="${escapeHtml(item.url)}" style="color:#1d4ed8">${escapeHtml(item.title)}</a></li>`)
    .join('');
  const html = page(
    subject,
    `<p>Bonjour ${escapeHtml(context.recipientName)},</p><h1 style="font-size:20px">Vos ${escapeHtml(count)} des dernières 24 heures</h1>` +
      `<ul style="padding-left:20px">${list}</ul>` +
      (more > 0 ? `<p><a href="${escapeHtml(homeUrl)}" style="color:#1d4ed8">Et ${more} autre${more > 1 ? 's' : ''} dans Parvis</a></p>` : '') +
      end.html,
  );
  return { subject, text, html };
}
