/**
 * The jurisdiction's referral pathways, for its coordinators and admins: for each action a
 * screening can recommend, the agency (and if need be the contact point) that provides it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { textIn } from '@veza/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { useJurisdictionDirectory } from '../directory/agencies.ts';
import { PATHWAYS, setPathway } from './api.ts';
import { useInstruments } from './InterviewPage.tsx';
import { usePathways } from './ResultView.tsx';

export function PathwaysPage() {
  const me = useSignedIn();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const instruments = useInstruments();
  const pathways = usePathways();
  const directory = useJurisdictionDirectory(me.jurisdiction);
  const save = useMutation({
    mutationFn: ({
      action,
      agencyId,
      contactPointId,
    }: {
      action: string;
      agencyId: string;
      contactPointId: string;
    }) => setPathway(action, agencyId, contactPointId || null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PATHWAYS }),
  });
  if (instruments.isPending || pathways.isPending || directory.isPending) return <Loading />;
  const actions = instruments.data?.instruments[0]?.definition.actions ?? [];
  return (
    <section>
      <h1>{t('screening.pathways')}</h1>
      <p className="lead">{t('screening.pathwaysIntro')}</p>
      {save.error && <ErrorMessage error={save.error} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('screening.action')}</th>
              <th scope="col">{t('requests.agency')}</th>
              <th scope="col">{t('requests.contactPoint')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => {
              const current = pathways.data?.pathways.find((p) => p.action === action.id);
              const agencyId = current?.agency.id ?? '';
              const points = directory.data?.contactPoints.filter((c) => c.agency.id === agencyId) ?? [];
              const name = textIn(action.label, i18n.language).text;
              return (
                <tr key={action.id} data-testid={`pathway-${action.id}`}>
                  <th scope="row">{name}</th>
                  <td>
                    <select
                      aria-label={t('screening.agencyFor', { action: name })}
                      value={agencyId}
                      onChange={(e) =>
                        save.mutate({ action: action.id, agencyId: e.target.value, contactPointId: '' })
                      }
                    >
                      <option value="">—</option>
                      {directory.data?.agencies.map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t('screening.contactFor', { action: name })}
                      value={current?.contactPoint?.id ?? ''}
                      disabled={!agencyId}
                      onChange={(e) =>
                        save.mutate({ action: action.id, agencyId, contactPointId: e.target.value })
                      }
                    >
                      <option value="">{t('requests.wholeAgency')}</option>
                      {points.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name} ({c.function})
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
