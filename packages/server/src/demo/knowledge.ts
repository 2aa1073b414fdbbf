/**
 * The demo region's knowledge exchange: the regional meeting of the seed (IOM's meeting of the
 * Joint Action Task Forces and anti-trafficking coordinators in Budva, 24 March 2022) with its
 * participants, minutes, decisions and action points, all followed up and closed; the follow-up
 * meeting two months ago whose action points are open, due soon, overdue and done; the next one,
 * planned; an action plan for the year; and a dozen practices, case briefs and lessons in the
 * region's languages and scripts, with a draft or two. Written through the same services as the
 * pages, by the demo accounts, dated from today.
 */
import type { Jurisdiction } from '@veza/core';
import { eq, inArray, sql } from 'drizzle-orm';
import type { ActorContext } from '../access/actor.ts';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { actionPlans, actionPoints, contactPoints, meetings, practices } from '../db/schema.ts';
import { createActionPoint, recordProgress } from '../features/knowledge/action-points.ts';
import { addDecision, approveMinutes, createMeeting, saveMinutes } from '../features/knowledge/meetings.ts';
import { createPlan } from '../features/knowledge/plans.ts';
import { createPractice, publishPractice } from '../features/knowledge/practices.ts';
import type { PracticeInput } from '../features/knowledge/schema.ts';

interface DemoPractice {
  author: string;
  publish: boolean;
  practice: Partial<PracticeInput> & Pick<PracticeInput, 'title' | 'language'>;
}

const PRACTICES: DemoPractice[] = [
  {
    author: 'investigator.rs',
    publish: true,
    practice: {
      kind: 'brief',
      title: 'Kombi na Batrovcima: mreža Djordjevic i zajednička istraga sa BiH',
      language: 'sr',
      summary:
        'Kako je razmena telefonskih brojeva sa Granicnom policijom BiH u roku od 48 sati otkrila organizatora koji je koristio tri imena.',
      body: 'Prikaz predmeta krijumčarenja migranata u kojem je organizator, **Dragan Djordjevic**, koristio kombi registrovan u Beogradu i jedan telefon za tri grupe.',
      sections: {
        facts:
          'Na graničnom prelazu Batrovci zaustavljen je kombi sa 14 državljana Avganistana i Pakistana. Vozač je imao telefon sa kojeg je primao uputstva. Isti broj se pojavio u predmetu Granične policije BiH u Zvorniku.',
        background:
          'Ruta Preševo – Šid – Batrovci. Grupe su prebacivane taksijima do sigurnih kuća, a zatim kombijem preko granice.',
        successes:
          '- Upit po principu pogodak/nema pogotka pokazao je poklapanje broja telefona bez razmene podataka o licima.\n- Direktan kontakt između dežurnih službi, bez formalne zamolnice, u roku od 48 sati.',
        challenges:
          'Organizator je koristio tri varijante imena (Đorđević, Djordjevic, Ђорђевић), što je otežalo pretragu u evidencijama.',
        lessons: 'Pretražujte imena u svim pismima i razmenjujte brojeve telefona čim se pojave.',
      },
      tags: {
        pillars: ['prosecution', 'partnership'],
        crimes: ['smuggling'],
        exploitation: [],
        modusOperandi: ['concealment_in_vehicle', 'taxi_relay', 'safe_house'],
        keywords: ['hit/no-hit', 'Batrovci'],
      },
      jurisdictions: ['RS', 'BA'],
    },
  },
  {
    author: 'coordinator.al',
    publish: true,
    practice: {
      kind: 'practice',
      title: 'Intervista e hershme në qendrën e pritjes në Kakavijë',
      language: 'sq',
      summary:
        'Identifikimi i hershëm i viktimave të mundshme të trafikimit me një intervistë të shkurtër në gjuhën e tyre, në 24 orët e para.',
      body: '## Çfarë bëjmë\n\nPunonjësit socialë dhe policia kufitare kryejnë së bashku një intervistë të shkurtër me çdo të rritur dhe fëmijë të pashoqëruar.\n\n## Pse funksionon\n\n- Intervista bëhet me përkthyes në gjuhën e personit.\n- Referimi te mbrojtja bëhet brenda ditës.',
      tags: {
        pillars: ['prevention', 'protection'],
        crimes: ['trafficking'],
        exploitation: ['SexualExploitation', 'ForcedLabour'],
        modusOperandi: [],
        keywords: ['identifikimi i hershëm', 'përkthyes'],
      },
      jurisdictions: ['AL'],
    },
  },
  {
    author: 'prosecutor.mk',
    publish: true,
    practice: {
      kind: 'lesson',
      title: 'Докази од телефони на мигранти: што научивме во Гевгелија',
      language: 'mk',
      summary:
        'Како да се обезбедат пораките на шверцерите пред телефоните да бидат вратени на сопствениците.',
      body: 'Мигрантите често имаат пораки од шверцерите на своите телефони. **Согласноста** за преглед и записникот за предавање мора да бидат на јазик што лицето го разбира.',
      sections: {
        lessons:
          '1. Побарајте согласност со преведувач.\n2. Направете копија на пораките веднаш.\n3. Вратете го телефонот истиот ден.',
      },
      tags: {
        pillars: ['prosecution'],
        crimes: ['smuggling'],
        exploitation: [],
        modusOperandi: ['informal_money_transfer'],
        keywords: ['докази', 'телефони'],
      },
      jurisdictions: ['MK'],
    },
  },
  {
    author: 'caseworker.ba',
    publish: true,
    practice: {
      kind: 'practice',
      title: 'Sigurna kuća za maloljetnike bez pratnje u Bihaću',
      language: 'bs',
      summary: 'Smještaj djece bez pratnje odvojeno od odraslih i imenovanje staratelja u roku od 24 sata.',
      body: 'Centar za socijalni rad imenuje privremenog staratelja isti dan. Dijete dobija informacije na svom jeziku i kontakt osobu u skloništu.',
      tags: {
        pillars: ['protection'],
        crimes: ['trafficking', 'smuggling'],
        exploitation: [],
        modusOperandi: [],
        keywords: ['djeca bez pratnje', 'staratelj'],
      },
      jurisdictions: ['BA'],
    },
  },
  {
    author: 'investigator.xk',
    publish: true,
    practice: {
      kind: 'brief',
      title: 'Rekrutimi në internet për punë sezonale: rasti Krasniqi',
      language: 'sq',
      summary: 'Një rrjet rekrutonte gra përmes ofertave false të punës në rrjetet sociale.',
      body: 'Rasti tregon se si një ofertë pune në internet u përdor për shfrytëzim seksual.',
      sections: {
        facts: 'Tri gra u rekrutuan përmes një faqeje në rrjetet sociale me ofertë pune në hoteleri.',
        successes: 'Bashkëpunimi me platformën për ruajtjen e provave.',
        challenges: 'Provat digjitale u fshinë shpejt nga rekrutuesit.',
        lessons: 'Kërkoni ruajtjen e të dhënave sa më shpejt.',
      },
      tags: {
        pillars: ['prosecution', 'prevention'],
        crimes: ['trafficking'],
        exploitation: ['SexualExploitation'],
        modusOperandi: ['online_recruitment', 'fake_job_offer'],
        keywords: ['internet'],
      },
      jurisdictions: ['XK', 'AL'],
    },
  },
  {
    author: 'coordinator.me',
    publish: true,
    practice: {
      kind: 'practice',
      title: 'Zajednički timovi za identifikaciju na sezonskim poslovima na primorju',
      language: 'cnr',
      summary: 'Inspekcija rada, policija i NVO zajedno obilaze mjesta sezonskog rada u Budvi i Ulcinju.',
      body: 'Tokom ljetne sezone zajednički timovi obilaze hotele i gradilišta. Radnici dobijaju letak na šest jezika sa brojem SOS telefona.',
      tags: {
        pillars: ['prevention', 'partnership'],
        crimes: ['trafficking'],
        exploitation: ['ForcedLabour'],
        modusOperandi: ['debt_bondage'],
        keywords: ['sezonski rad'],
      },
      jurisdictions: ['ME'],
    },
  },
  {
    author: 'coordinator.rs',
    publish: true,
    practice: {
      kind: 'lesson',
      title: 'Препознавање жртава међу мигрантима у прихватним центрима',
      language: 'sr',
      summary: 'Кратак упитник и обука особља смањили су број жртава које остају непрепознате.',
      body: 'Особље прихватних центара у Шиду и Прешеву обучено је да препозна **показатеље** трговине људима. Упитник има 15 питања и води до упућивања истог дана.',
      sections: {
        lessons: 'Обука мора бити поновљена сваких шест месеци јер се особље мења.',
      },
      tags: {
        pillars: ['protection', 'prevention'],
        crimes: ['trafficking'],
        exploitation: [],
        modusOperandi: [],
        keywords: ['прихватни центри', 'обука'],
      },
      jurisdictions: ['RS'],
    },
  },
  {
    author: 'prosecutor.ba',
    publish: true,
    practice: {
      kind: 'brief',
      title: 'Presuda za prisilno prosjačenje djece: kako smo dokazali iskorištavanje',
      language: 'bs',
      summary:
        'Prvostepena presuda za trgovinu ljudima radi prisilnog prosjačenja, uz svjedočenje djece putem video-veze.',
      body: 'Sud je prihvatio iskaze djece date putem video-veze uz psihologa, bez suočenja s optuženima.',
      sections: {
        facts: 'Četvoro djece iz dvije porodice prisiljavano je na prosjačenje u Sarajevu i Tuzli.',
        successes: 'Iskazi djece uzeti jednom, snimljeni, uz podršku psihologa.',
        challenges: 'Roditelji su bili i osumnjičeni i zakonski zastupnici.',
        lessons: 'Imenujte posebnog staratelja čim se pojavi sukob interesa.',
      },
      tags: {
        pillars: ['prosecution', 'protection'],
        crimes: ['trafficking'],
        exploitation: ['ForcedBegging'],
        modusOperandi: [],
        keywords: ['djeca', 'video-veza'],
      },
      jurisdictions: ['BA'],
    },
  },
  {
    author: 'coordinator.reg',
    publish: true,
    practice: {
      kind: 'practice',
      title: 'Direct contacts between task forces: a regional 24/7 contact list',
      language: 'en',
      summary:
        'Each Joint Action Task Force names a duty contact who answers urgent requests from the neighbours at any hour.',
      body: 'Participants of the regional meetings stressed that **direct contacts** make operational cooperation possible where formal procedures take weeks. The contact points are kept in the regional directory and checked every quarter.',
      tags: {
        pillars: ['partnership'],
        crimes: ['smuggling', 'trafficking'],
        exploitation: [],
        modusOperandi: [],
        keywords: ['direct contacts', 'WBJAST'],
      },
      jurisdictions: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'],
    },
  },
  {
    author: 'screener.mk',
    publish: true,
    practice: {
      kind: 'lesson',
      title: 'Преведувачи за фарси и урду на граничниот премин Табановце',
      language: 'mk',
      summary: 'Без преведувач, интервјуто за ранлвивост не дава сигурни одговори.',
      body: 'Договор со локални преведувачи на повик, со обука за доверливост.',
      tags: {
        pillars: ['protection'],
        crimes: ['smuggling'],
        exploitation: [],
        modusOperandi: [],
        keywords: ['преведувачи'],
      },
      jurisdictions: ['MK'],
    },
  },
  {
    author: 'caseworker.al',
    publish: false,
    practice: {
      kind: 'practice',
      title: 'Riintegrimi i viktimave të kthyera: plan individual me punësim',
      language: 'sq',
      summary: 'Draft: përvoja e strehës në Vlorë me plan individual riintegrimi.',
      body: 'Draft i pambaruar.',
      tags: {
        pillars: ['protection'],
        crimes: ['trafficking'],
        exploitation: [],
        modusOperandi: [],
        keywords: [],
      },
      jurisdictions: ['AL'],
    },
  },
  {
    author: 'investigator.ba',
    publish: false,
    practice: {
      kind: 'brief',
      title: 'Zvornik: kamion s dvostrukim dnom (nacrt)',
      language: 'bs',
      summary: 'Nacrt prikaza za regionalni sastanak.',
      body: 'U pripremi.',
      tags: {
        pillars: ['prosecution'],
        crimes: ['smuggling'],
        exploitation: [],
        modusOperandi: ['concealment_in_freight'],
        keywords: [],
      },
      jurisdictions: ['BA'],
    },
  },
];

const FULL_TAGS = { pillars: [], crimes: [], exploitation: [], modusOperandi: [], keywords: [] };

export async function seedDemoKnowledge(database: Database, now = new Date()): Promise<void> {
  const as = async <T>(username: string, work: (ctx: ActorContext) => Promise<T>) =>
    withActor(database, await actorOf(database, username), work, { now });
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const practiceIds: string[] = [];
  for (const { author, publish, practice } of PRACTICES) {
    const id = await as(author, async (ctx) => {
      const created = await createPractice(ctx, {
        kind: 'practice',
        summary: '',
        body: '',
        sections: {},
        jurisdictions: [],
        caseIds: [],
        ...practice,
        tags: { ...FULL_TAGS, ...practice.tags },
      });
      if (publish) await publishPractice(ctx, created.id, created.version);
      return created.id;
    });
    practiceIds.push(id);
  }

  // Who takes part: each jurisdiction's task force and coordinator contacts, from the directory.
  const people = await database.db
    .select({ id: contactPoints.id, jurisdiction: contactPoints.jurisdiction, name: contactPoints.name })
    .from(contactPoints)
    .where(eq(contactPoints.isDemo, true))
    .orderBy(contactPoints.jurisdiction, contactPoints.name);
  const byName = (name: string) => {
    const found = people.find((p) => p.name === name);
    if (!found) throw new Error(`no demo contact point ${name}`);
    return found.id;
  };
  const perJurisdiction = (n: number) =>
    [...new Set(people.map((p) => p.jurisdiction))].flatMap((j) =>
      people.filter((p) => p.jurisdiction === j).slice(0, n),
    );

  const plan = await as('coordinator.reg', (ctx) =>
    createPlan(ctx, {
      title: `Regional action plan ${now.getUTCFullYear()}: direct contacts and early identification`,
      year: now.getUTCFullYear(),
      theme: 'cooperation',
      leaderContactPointId: byName('Sofia Lindqvist'),
      jurisdictions: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as Jurisdiction[],
      description:
        'Operational actions agreed at the regional meetings of the Joint Action Task Forces, each with a leader and the jurisdictions taking part.',
    }),
  );

  // The seed's meeting: Budva, 24 March 2022, held; minutes approved; its action points closed.
  await as('coordinator.reg', async (ctx) => {
    const m = await createMeeting(ctx, {
      title: 'Regional meeting of the Joint Action Task Forces and anti-trafficking coordinators',
      startsAt: '2022-03-24T09:00:00+01:00',
      endsAt: '2022-03-24T17:00:00+01:00',
      place: 'Budva, Montenegro',
      agenda:
        '1. Trends in migrant smuggling and trafficking in the Western Balkans\n2. Early and proactive identification in mixed migration flows\n3. Digital and IT tools for cooperation\n4. Direct contacts between task forces',
      jurisdictions: [],
      participants: perJurisdiction(2).map((p) => ({ contactPointId: p.id, status: 'attended' as const })),
      planId: null,
    });
    await addDecision(
      ctx,
      m.id,
      'Each task force names a 24/7 contact point for urgent requests from its neighbours.',
    );
    await addDecision(
      ctx,
      m.id,
      'The jurisdictions exchange their screening practices for mixed migration flows.',
    );
    const after = await addDecision(
      ctx,
      m.id,
      'IOM proposes a shared digital tool for hit/no-hit checks between jurisdictions.',
    );
    const withMinutes = await saveMinutes(
      ctx,
      m.id,
      '## Summary\n\nSince 2015 about 1.5 million migrants have passed through the Western Balkans. Participants stressed that **direct contacts** build operational cooperation that formal procedures often make hard, and that early identification of vulnerabilities remains the main challenge.\n\n## Agreed\n\nSee the decisions and action points below.',
      after.version,
    );
    const decisions = withMinutes.decisions;
    const points = [
      [
        'Name the 24/7 contact of each task force in the regional directory',
        'Sofia Lindqvist',
        decisions[0]!.id,
        '2022-05-31',
      ],
      [
        'Share the screening questionnaires used at reception centres',
        'Marija Jurić',
        decisions[1]!.id,
        '2022-06-30',
      ],
      ['Present a proposal for a shared hit/no-hit tool', 'Emina Softić', decisions[2]!.id, '2022-10-31'],
    ] as const;
    const created = [];
    for (const [title, owner, decisionId, dueOn] of points)
      created.push(
        await createActionPoint(ctx, {
          title,
          description: '',
          ownerContactPointId: byName(owner),
          jurisdictions: [],
          dueOn,
          meetingId: m.id,
          decisionId,
          planId: null,
        }),
      );
    await approveMinutes(ctx, m.id, withMinutes.version);
    for (const point of created)
      await recordProgress(ctx, point.id, {
        note: 'Reported at the follow-up meeting.',
        status: 'done',
        result: 'Done as agreed; see the regional directory and the knowledge base.',
        version: point.version,
      });
    return m;
  });

  // The follow-up meeting two months ago: minutes approved; action points at every stage.
  const followUpStart = new Date(now.getTime() - 60 * 86_400_000);
  followUpStart.setUTCHours(8, 0, 0, 0);
  await as('coordinator.me', async (ctx) => {
    const m = await createMeeting(ctx, {
      title: 'Follow-up meeting of the task forces: direct contacts and early identification',
      startsAt: followUpStart.toISOString(),
      endsAt: new Date(followUpStart.getTime() + 7 * 3_600_000).toISOString(),
      place: 'Podgorica',
      agenda:
        '1. Action points of the Budva meeting\n2. Hit/no-hit between jurisdictions\n3. Seasonal work on the coast',
      jurisdictions: [],
      participants: perJurisdiction(1).map((p, i) => ({
        contactPointId: p.id,
        status: i % 4 === 3 ? ('declined' as const) : ('attended' as const),
      })),
      planId: plan.id,
    });
    await addDecision(ctx, m.id, 'Each jurisdiction tests hit/no-hit checks with its neighbours.');
    const d2 = await addDecision(ctx, m.id, 'Joint visits to places of seasonal work before the summer.');
    const decisions = d2.decisions;
    const points: [string, string, string, number, 'open' | 'in_progress' | 'done'][] = [
      [
        'Test hit/no-hit checks of phones with Serbia',
        'Немања Благојевић',
        decisions[0]!.id,
        12,
        'in_progress',
      ],
      [
        'Train reception centre staff in the screening questionnaire',
        'Marija Jurić',
        decisions[0]!.id,
        -5,
        'open',
      ],
      [
        'Plan joint visits to seasonal work in Budva and Ulcinj',
        'Đorđe Radović',
        decisions[1]!.id,
        40,
        'open',
      ],
      ['Send the list of duty contacts to IOM', 'Arben Hoxha', decisions[0]!.id, -20, 'done'],
    ];
    for (const [title, owner, decisionId, due, status] of points) {
      const point = await createActionPoint(ctx, {
        title,
        description: '',
        ownerContactPointId: byName(owner),
        jurisdictions: [],
        dueOn: day(due),
        meetingId: m.id,
        decisionId,
        planId: plan.id,
      });
      if (status !== 'open')
        await recordProgress(ctx, point.id, {
          note: status === 'done' ? 'Sent.' : 'First test done with the Serbian duty desk.',
          status,
          ...(status === 'done' ? { result: 'The list is in the regional directory.' } : {}),
          version: point.version,
        });
    }
    const withMinutes = await saveMinutes(
      ctx,
      m.id,
      '## Action points of the Budva meeting\n\nAll closed.\n\n## Hit/no-hit\n\nThe pilot between Bosnia and Herzegovina and Serbia starts this month.',
      d2.version,
    );
    await approveMinutes(ctx, m.id, withMinutes.version);
  });

  // The next meeting, planned.
  const next = new Date(now.getTime() + 30 * 86_400_000);
  next.setUTCHours(8, 0, 0, 0);
  await as('coordinator.reg', (ctx) =>
    createMeeting(ctx, {
      title: 'Regional meeting: lessons of the hit/no-hit pilot',
      startsAt: next.toISOString(),
      endsAt: null,
      place: 'Skopje',
      agenda: '1. Results of the pilot\n2. Practices from each jurisdiction',
      jurisdictions: [],
      participants: perJurisdiction(1).map((p) => ({ contactPointId: p.id, status: 'invited' as const })),
      planId: plan.id,
    }),
  );

  await database.db.transaction(async (tx) => {
    await tx.update(practices).set({ isDemo: true }).where(inArray(practices.id, practiceIds));
    await tx.update(meetings).set({ isDemo: true }).where(sql`true`);
    await tx.update(actionPoints).set({ isDemo: true }).where(sql`true`);
    await tx.update(actionPlans).set({ isDemo: true }).where(sql`true`);
  });
}
