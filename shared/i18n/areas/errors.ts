/**
 * Errors of the core itself: bad input, a missing article or person, a conflict, a database
 * Spalt cannot open, access and connection.
 */
import { defineArea } from '../message';

export const errors = defineArea({
  'error.invalid_input': {
    sv: 'Uppgifterna kunde inte tas emot: {details}. Rätta och försök igen.',
    en: 'The input could not be accepted: {details}. Correct it and try again.',
  },
  'error.unknown_operation': {
    sv: 'Spalt känner inte till åtgärden ”{details}”. Uppdatera Spalt.',
    en: 'Spalt does not know the operation “{details}”. Update Spalt.',
  },
  'error.not_found': {
    sv: 'Artikeln finns inte längre; den kan ha raderats från papperskorgen.',
    en: 'The article no longer exists; it may have been deleted from the trash.',
  },
  'error.person_not_found': {
    sv: 'Personen finns inte längre i registret.',
    en: 'That person is no longer in the registry.',
  },
  'error.conflict': {
    sv: 'Artikeln har sparats från ett annat fönster (version {current}) sedan du började (version {base}). Ingenting har skrivits över.',
    en: 'The article was saved from another window (revision {current}) since you started (revision {base}). Nothing was written over.',
  },
  'error.database_unreadable': {
    sv: 'Filen {file} är inte en Spalt-databas eller är skadad. Spalt har inte ändrat den. Flytta undan filen eller lägg tillbaka en säkerhetskopia, och starta sedan Spalt igen.',
    en: 'The file {file} is not a Spalt database or is damaged. Spalt has not changed it. Move the file aside or put back a backup, then start Spalt again.',
  },
  'error.database_too_new': {
    sv: 'Databasen {file} kommer från en nyare version av Spalt (schema {found}; den här versionen klarar {supported}). Installera den senaste versionen av Spalt. Ingenting har ändrats i filen.',
    en: 'The database {file} comes from a newer version of Spalt (schema {found}; this version supports {supported}). Install the latest version of Spalt. Nothing in the file was changed.',
  },
  'error.forbidden': {
    sv: 'Åtkomst nekad. Öppna Spalt via adressen som skrevs ut när Spalt startade.',
    en: 'Access denied. Open Spalt through the address printed when it started.',
  },
  'error.unreachable': {
    sv: 'Spalt svarar inte. Kontrollera att Spalt fortfarande körs och försök igen.',
    en: 'Spalt is not answering. Check that Spalt is still running and try again.',
  },
  'error.internal': {
    sv: 'Något gick fel i Spalt ({details}). Din text finns kvar; försök igen.',
    en: 'Something went wrong in Spalt ({details}). Your text is still here; try again.',
  },
});
