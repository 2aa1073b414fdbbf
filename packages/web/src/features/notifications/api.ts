/** Notifications' URLs and query keys. */
import { get, post } from '../../api.ts';
import type { NotificationItem } from '../../types.ts';

export const NOTIFICATIONS = ['notifications'] as const;
export const notificationKeys = {
  count: [...NOTIFICATIONS, 'count'] as const,
  list: [...NOTIFICATIONS, 'list'] as const,
};

export const countUnread = () => get<{ unread: number; urgent: number }>('/api/notifications/count');
export const listNotifications = () => get<{ notifications: NotificationItem[] }>('/api/notifications');
export const markRead = (id: string) => post(`/api/notifications/${id}/read`);
