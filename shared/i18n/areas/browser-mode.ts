/**
 * Browser mode's own words: why a request was refused, what the page says when the core stops
 * answering or was started again, and the page a stale address gets.
 */
import { defineArea } from '../message';

export const browserMode = defineArea({
  'error.request_too_large': {
    sv: 'Det som skickades är för stort ({size}; högst {max} här). Välj en mindre fil, eller dela upp texten.',
    en: 'What was sent is too large ({size}; at most {max} here). Choose a smaller file, or split the text.',
  },
  'error.request_not_json': {
    sv: 'Spalt tar bara emot JSON här, inte ”{contentType}”. Ladda om sidan och försök igen.',
    en: 'Spalt accepts only JSON here, not “{contentType}”. Reload the page and try again.',
  },
  'error.server_busy': {
    sv: 'Spalt tar just nu emot andra stora filer. Vänta tills de är klara och försök sedan igen.',
    en: 'Spalt is receiving other large files right now. Wait until they are done, then try again.',
  },

  'connection.lostTitle': { sv: 'Spalt svarar inte', en: 'Spalt is not answering' },
  'connection.lostBody': {
    sv: 'Det du skriver finns kvar här och sparas så snart Spalt svarar igen. Har du startat om Spalt? Öppna då adressen som npm start skrev ut.',
    en: 'What you type stays here and is saved as soon as Spalt answers again. Did you restart Spalt? Then open the address npm start printed.',
  },
  'connection.replacedTitle': { sv: 'Spalt har startats om', en: 'Spalt has been restarted' },
  'connection.replacedBody': {
    sv: 'Den här sidan hör till förra starten, och dess adress fungerar inte längre. Öppna adressen som npm start skrev ut (den slutar med ?token=…). Allt som sparats finns kvar. Öppnar du adressen i en ny flik sparas också det du har skrivit här.',
    en: 'This page belongs to the previous start, and its address no longer works. Open the address npm start printed (it ends in ?token=…). Everything saved is still there. If you open the address in a new tab, what you typed here is saved too.',
  },

  'refused.title': { sv: 'Adressen fungerar inte längre', en: 'This address no longer works' },
  'refused.body': {
    sv: 'Spalt har startats om sedan sidan öppnades, eller så saknar adressen sin nyckel. Varje start av Spalt får en ny adress. Öppna adressen som npm start (eller npm run serve) skrev ut i terminalen; den slutar med ?token=…',
    en: 'Spalt has been restarted since this page was opened, or the address lacks its key. Every start of Spalt gets a new address. Open the address npm start (or npm run serve) printed in the terminal; it ends in ?token=…',
  },
});
