/** Directory: every signed-in user in the region reads it; the owning jurisdiction's admins edit it. */
import { isAdminOf, type Owned, type Policy } from '../policy.ts';

export const directoryPolicy: Policy<Owned> = {
  sees: () => true,
  may: {
    read: () => true,
    create: isAdminOf,
    update: isAdminOf,
    delete: isAdminOf,
  },
};
