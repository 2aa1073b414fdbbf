/**
 * The placeholder of parts not built yet in Serbian, Latin script (from which Serbian Cyrillic is
 * converted letter for letter).
 */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  coming: {
    title: '{{feature}}: još nije dostupno',
    body: 'Ovaj deo Veze je u izradi. Ovde se još ništa ne beleži, a ništa što radite na drugim mestima se ne gubi zbog toga.',
    screening:
      'Skrining osoba u mešovitim migracionim tokovima na indikatore trgovine ljudima i ranjivosti, bez mreže i na njihovom jeziku, sa upućivanjem na zaštitu.',
    protection:
      'Vođenje slučajeva u Nacionalnom mehanizmu upućivanja: identifikacija, period oporavka i razmišljanja, pomoć, povratak ili integracija, uz pristanak.',
    cases: 'Istražni spisi o krijumčarenju i trgovini ljudima: osobe, telefoni, vozila, dokumenti i rute.',
    hits: 'Provera pogodak/nema pogotka između jurisdikcija na kodiranim podacima koji čuvaju privatnost.',
    requests:
      'Bezbedni operativni zahtevi između agencija, sa oznakama postupanja, rokovima i potvrdama prijema.',
    analysis: 'Grafovi mreža, trendovi i karte, uz prikrivanje malih brojeva.',
    knowledge: 'Dobre prakse, naučene lekcije, regionalni sastanci i njihovi zaključci.',
  },
};
