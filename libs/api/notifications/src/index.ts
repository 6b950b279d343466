export * from './lib/notification.entity';
export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/notification-kind';
export * from './lib/mail/mail-outbox';
export * from './lib/mail/mail-outbox.entity';
export * from './lib/mail/mail-sender';
