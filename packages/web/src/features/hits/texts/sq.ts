/** Cross-jurisdiction hits in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  hits: {
    title: 'Përputhje në juridiksione të tjera',
    intro:
      'Një juridiksion tjetër ka diçka për një nga personat tuaj. Ja kujt t’i drejtoheni; çfarë thotë regjistrimi i tyre mbetet tek ata derisa ta ndajnë.',
    none: 'Asnjë përputhje për personat e juridiksionit tuaj.',
    about: 'Përputhje për {{name}}',
    newCount_one: '{{count}} përputhje e re',
    newCount_few: '{{count}} përputhje të reja',
    newCount_other: '{{count}} përputhje të reja',
    yourPerson: 'Personi juaj',
    yourVehicle: 'Automjeti juaj',
    evidence: 'Çfarë përputhet',
    agency: 'Agjencia që mban regjistrimin',
    contacts: 'Kujt t’i drejtoheni',
    found: 'Gjetur',
    status: 'Vendimi juaj',
    confirm: 'Konfirmuar pas shkëmbimit',
    notRelevant: 'Jo e rëndësishme',
    requestDetails: 'Kërko të dhënat',
    filters: 'Cilat përputhje',
    decisions: 'Vendimi juaj',
    tab: '{{label}} ({{count}})',
    band: 'Forca',
    kind: 'Regjistri',
    kinds: { person: 'Persona', vehicle: 'Automjete' },
    noneHere: 'Asnjë përputhje këtu.',
    all: 'Të gjitha',
    bands: {
      strong: 'Përputhje e fortë',
      probable: 'Përputhje e mundshme',
      possible: 'Përputhje e dobët',
    },
    evidenceKinds: {
      name: 'emri',
      birth_date: 'data e lindjes',
      birth_year: 'viti i lindjes',
      phone: 'telefoni',
      document: 'dokumenti',
      plate: 'targa e automjetit',
    },
    statuses: {
      new: 'ende e pashikuar',
      not_relevant: 'jo e rëndësishme',
      confirmed: 'e konfirmuar',
    },
  },
};
