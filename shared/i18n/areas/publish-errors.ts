/**
 * What went wrong with a site or WordPress, and what to do. `{roleSv}`/`{roleEn}` carry the
 * user's role in each language (details are language-neutral).
 */
import { defineArea } from '../message';

export const publishErrors = defineArea({
  'error.site_not_found': {
    sv: 'Webbplatsen finns inte längre i Spalt; den kan ha tagits bort i ett annat fönster.',
    en: 'The site is no longer in Spalt; it may have been removed in another window.',
  },
  'error.site_address_invalid': {
    sv: '”{address}” är ingen webbadress. Skriv webbplatsens adress, till exempel tidningen.se eller https://tidningen.se.',
    en: '“{address}” is not a web address. Type the site’s address, for example tidningen.se or https://tidningen.se.',
  },
  'error.site_address_insecure': {
    sv: '{address} använder http, som skickar lösenordet okrypterat. WordPress tar bara emot applikationslösenord över https (utom på den här datorn). Skriv adressen med https, till exempel {suggestion}.',
    en: '{address} uses http, which sends the password unencrypted. WordPress accepts Application Passwords only over https (except on this computer). Type the address with https, for example {suggestion}.',
  },
  'error.site_password_missing': {
    sv: 'Skriv in applikationslösenordet för {username}. Du skapar det i WordPress under Användare → Profil → Applikationslösenord.',
    en: 'Enter the Application Password for {username}. You create it in WordPress under Users → Profile → Application Passwords.',
  },
  'error.site_password_other_host': {
    sv: 'Adressen går nu till {host}, en annan webbplats än förut. Spalt skickar inte det sparade applikationslösenordet dit: skriv in lösenordet för {host}.',
    en: 'The address now leads to {host}, another site than before. Spalt does not send the stored Application Password there: enter the password for {host}.',
  },
  'error.secret_file_unsafe': {
    sv: 'Lösenordsfilen {file} kan läsas av andra än du, och Spalt kunde inte ändra det. Ta bort filen (eller gör den läsbar bara för dig: chmod 600) och spara lösenorden igen.',
    en: 'The password file {file} can be read by others than you, and Spalt could not change that. Delete the file (or make it readable only by you: chmod 600) and save the passwords again.',
  },
  'error.secret_unreadable': {
    sv: 'Spalt kunde inte läsa de sparade applikationslösenorden ({details}). Skriv in lösenordet för webbplatsen igen och spara.',
    en: 'Spalt could not read the stored Application Passwords ({details}). Enter the site’s password again and save.',
  },
  'error.wp_login_failed': {
    sv: 'WordPress på {address} godtog inte användarnamnet ”{username}” med det applikationslösenordet. Kontrollera användarnamnet och klistra in ett applikationslösenord (inte ditt vanliga lösenord); skapa vid behov ett nytt under Användare → Profil → Applikationslösenord.',
    en: 'WordPress at {address} did not accept the user name “{username}” with that Application Password. Check the user name and paste an Application Password (not your ordinary password); if needed, create a new one under Users → Profile → Application Passwords.',
  },
  'error.wp_app_passwords_off': {
    sv: 'Applikationslösenord är avstängda på {address}, så Spalt kan inte logga in. Be webbplatsens administratör slå på dem (ett säkerhetstillägg brukar stänga av dem) och testa igen.',
    en: 'Application Passwords are turned off at {address}, so Spalt cannot log in. Ask the site’s administrator to turn them on (a security plugin usually turns them off) and test again.',
  },
  'error.wp_cannot_publish': {
    sv: 'Din roll på {address} ({roleSv}) får inte publicera eller schemalägga inlägg. Skicka artikeln till granskning i stället, eller be en redaktör publicera den.',
    en: 'Your role at {address} ({roleEn}) may not publish or schedule posts. Submit the article for review instead, or ask an editor to publish it.',
  },
  'error.wp_cannot_upload': {
    sv: 'Din roll på {address} ({roleSv}) får inte ladda upp bilder. Be en redaktör ladda upp dem, eller be administratören om rollen Författare.',
    en: 'Your role at {address} ({roleEn}) may not upload images. Ask an editor to upload them, or ask the administrator for the Author role.',
  },
  'error.wp_cannot_create_category': {
    sv: 'Din roll på {address} ({roleSv}) får inte skapa kategorin ”{name}”. Välj en befintlig kategori eller be en redaktör skapa den.',
    en: 'Your role at {address} ({roleEn}) may not create the category “{name}”. Choose an existing category or ask an editor to create it.',
  },
  'error.wp_cannot_create_tag': {
    sv: 'Din roll på {address} ({roleSv}) får inte skapa taggen ”{name}”. Välj en befintlig tagg eller be en redaktör skapa den.',
    en: 'Your role at {address} ({roleEn}) may not create the tag “{name}”. Choose an existing tag or ask an editor to create it.',
  },
  'error.wp_cannot_create_post': {
    sv: 'Din roll på {address} ({roleSv}) får inte skriva inlägg. Be administratören om rollen Medarbetare eller högre.',
    en: 'Your role at {address} ({roleEn}) may not write posts. Ask the administrator for the Contributor role or higher.',
  },
  'error.wp_cannot_edit_post': {
    sv: 'Din roll på {address} ({roleSv}) får inte ändra inlägg {id} (det kan vara någon annans eller redan publicerat). Be en redaktör göra ändringen.',
    en: 'Your role at {address} ({roleEn}) may not change post {id} (it may be someone else’s or already published). Ask an editor to make the change.',
  },
  'error.wp_cannot_set_author': {
    sv: 'Din roll på {address} ({roleSv}) får inte publicera i någon annans namn. Välj dig själv som författare på webbplatsen, eller be en redaktör publicera artikeln.',
    en: 'Your role at {address} ({roleEn}) may not publish in someone else’s name. Choose yourself as the author on the site, or ask an editor to publish the article.',
  },
  'error.wp_author_gone': {
    sv: 'Författaren du valde finns inte längre som användare på {address}. Öppna Publicera igen och välj en annan författare på webbplatsen.',
    en: 'The author you chose is no longer a user at {address}. Open Publish again and choose another author on the site.',
  },
  'error.wp_forbidden': {
    sv: 'WordPress på {address} nekade din roll ({roleSv}): ”{message}” Be en redaktör eller administratören om hjälp.',
    en: 'WordPress at {address} refused your role ({roleEn}): “{message}” Ask an editor or the administrator for help.',
  },
  'error.wp_blocked': {
    sv: '{address} stoppade anropet innan det nådde WordPress (”{message}”). Det brukar vara webbhotellets brandvägg; be administratören släppa fram Spalt.',
    en: '{address} stopped the request before it reached WordPress (“{message}”). That is usually the host’s firewall; ask the administrator to let Spalt through.',
  },
  'error.wp_file_too_large': {
    sv: '”{fileName}” är för stor för {address}. Förminska bilden (till exempel till 2 000 pixlar bred) eller be administratören höja gränsen för uppladdningar.',
    en: '“{fileName}” is too large for {address}. Make the image smaller (for example 2,000 pixels wide) or ask the administrator to raise the upload limit.',
  },
  'error.wp_upload_refused': {
    sv: 'WordPress på {address} tog inte emot ”{fileName}”: ”{message}” Kontrollera att filen är en hel bild i JPEG, PNG eller WebP.',
    en: 'WordPress at {address} did not accept “{fileName}”: “{message}” Check that the file is a complete JPEG, PNG or WebP image.',
  },
  'error.wp_post_gone': {
    sv: 'Inlägget ({id}) finns inte längre på {address}; det har raderats eller ligger i papperskorgen. Återställ det i WordPress, eller publicera artikeln som ett nytt inlägg.',
    en: 'The post ({id}) is no longer at {address}; it was deleted or is in the trash. Restore it in WordPress, or publish the article as a new post.',
  },
  'error.wp_media_gone': {
    sv: 'Bilden ({id}) finns inte längre i mediebiblioteket på {address}. Ladda upp den igen.',
    en: 'The image ({id}) is no longer in the media library at {address}. Upload it again.',
  },
  'error.wp_host_not_found': {
    sv: 'Adressen {host} finns inte (den går inte att slå upp). Kontrollera stavningen och din internetanslutning.',
    en: 'The address {host} does not exist (it cannot be looked up). Check the spelling and your internet connection.',
  },
  'error.wp_unreachable': {
    sv: 'Spalt når inte {address} ({reason}). Kontrollera adressen och internetanslutningen och försök igen om en stund.',
    en: 'Spalt cannot reach {address} ({reason}). Check the address and the internet connection, and try again in a while.',
  },
  'error.wp_tls_failed': {
    sv: 'Spalt kan inte lita på certifikatet för {address} ({reason}). Kontrollera att adressen stämmer; är certifikatet utgånget eller fel måste webbplatsens administratör rätta det.',
    en: 'Spalt cannot trust the certificate of {address} ({reason}). Check that the address is right; if the certificate has expired or is wrong, the site’s administrator must fix it.',
  },
  'error.wp_timeout': {
    sv: '{address} svarade inte i tid ({seconds} s). Försök igen om en stund.',
    en: '{address} did not answer in time ({seconds} s). Try again in a while.',
  },
  'error.wp_not_wordpress': {
    sv: 'Spalt hittar inget WordPress på {address}. Kontrollera att adressen går till webbplatsens startsida (till exempel https://tidningen.se) och att webbplatsen kör WordPress.',
    en: 'Spalt finds no WordPress at {address}. Check that the address leads to the site’s front page (for example https://tidningen.se) and that the site runs WordPress.',
  },
  'error.wp_rest_disabled': {
    sv: 'WordPress på {address} har REST-API:t avstängt eller låst, och Spalt publicerar genom det. Be administratören släppa fram REST-API:t för inloggade användare.',
    en: 'WordPress at {address} has its REST API turned off or locked, and Spalt publishes through it. Ask the administrator to allow the REST API for logged-in users.',
  },
  'error.wp_rate_limited': {
    sv: '{address} tar emot för många anrop just nu. Vänta en stund och försök igen.',
    en: '{address} is receiving too many requests right now. Wait a while and try again.',
  },
  'error.wp_server_error': {
    sv: '{address} svarade med ett serverfel ({status}). Försök igen om en stund; hjälper det inte, be administratören titta i webbplatsens fellogg.',
    en: '{address} answered with a server error ({status}). Try again in a while; if that does not help, ask the administrator to look at the site’s error log.',
  },
  'error.wp_moved': {
    sv: '{address} skickar vidare till {location}. Ändra adressen till den och testa anslutningen igen.',
    en: '{address} redirects to {location}. Change the address to that and test the connection again.',
  },
  'error.wp_refused': {
    sv: 'WordPress på {address} svarade {status}: ”{message}”',
    en: 'WordPress at {address} answered {status}: “{message}”',
  },
  'error.wp_unexpected_answer': {
    sv: '{address} svarade på ett sätt som Spalt inte förstår ({details}). Försök igen; kvarstår felet, kontrollera att adressen går till WordPress.',
    en: '{address} answered in a way Spalt does not understand ({details}). Try again; if it persists, check that the address leads to WordPress.',
  },
  'error.wp_cannot_review': {
    sv: 'Din roll på {address} ({roleSv}) får inte granska andras inlägg: granskningskön, att godkänna och att skicka tillbaka kräver rollen Redaktör eller Administratör. Be en redaktör, eller be administratören om rollen Redaktör.',
    en: 'Your role at {address} ({roleEn}) may not review other people’s posts: the review queue, approving and returning need the Editor or Administrator role. Ask an editor, or ask the administrator for the Editor role.',
  },
  'error.wp_review_state_changed': {
    sv: 'Inlägget ({id}) på {address} har ändrats av någon annan och är nu {statusSv}. Spalt ändrade ingenting; läs in läget igen och välj sedan vad du vill göra.',
    en: 'Post {id} at {address} was changed by someone else and is now {statusEn}. Spalt changed nothing; load its state again and then choose what to do.',
  },
  'error.wp_cannot_note': {
    sv: 'Din roll på {address} ({roleSv}) får inte skriva anteckningar till inlägg {id}: det kräver rätt att redigera inlägget (det kan vara publicerat eller någon annans). Be en redaktör.',
    en: 'Your role at {address} ({roleEn}) may not write notes on post {id}: that takes the right to edit the post (it may be published or someone else’s). Ask an editor.',
  },
  'error.wp_note_too_soon': {
    sv: 'WordPress på {address} tar emot nästa anteckning först om {seconds} s. Spalt skickar den då av sig själv; du behöver inte göra något.',
    en: 'WordPress at {address} accepts your next note only in {seconds} s. Spalt sends it then by itself; you need not do anything.',
  },
  'error.wp_note_gone': {
    sv: 'Anteckningen ({id}) finns inte längre på {address}; någon har tagit bort den. Läs in anteckningarna igen.',
    en: 'The note ({id}) is no longer at {address}; someone deleted it. Load the notes again.',
  },
  'error.wp_notes_unsupported': {
    sv: '{address} har inte WordPress anteckningar för inlägg (de kom i WordPress 6.9, och en webbplats kan stänga av dem). Spalt lägger då anteckningarna i ett dolt utkast bredvid artikeln; läs in webbplatsen igen.',
    en: '{address} has no WordPress notes on posts (they came with WordPress 6.9, and a site can turn them off). Spalt then keeps the notes in a hidden draft beside the article; load the site again.',
  },
  'error.wp_companion_too_large': {
    sv: 'Bilden ”{fileName}” är för stor ({megabytes} MB) för att skickas med granskningen till {address}; högst {max} MB går i ett anrop. Förminska bilden, eller be en redaktör ladda upp den.',
    en: 'The photo “{fileName}” is too large ({megabytes} MB) to send with the review to {address}; at most {max} MB fit in one request. Make the photo smaller, or ask an editor to upload it.',
  },
  'error.wp_companion_damaged': {
    sv: 'Utkastet {id} på {address}, där Spalt skickar bilder och anteckningar med granskningen, går inte att läsa ({details}). Det kan ha ändrats för hand i WordPress; be skribenten skicka artikeln till granskning igen.',
    en: 'The draft {id} at {address}, where Spalt sends photos and notes with a review, cannot be read ({details}). It may have been changed by hand in WordPress; ask the writer to submit the article for review again.',
  },
});
