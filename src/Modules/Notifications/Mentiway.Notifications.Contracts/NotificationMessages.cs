namespace Mentiway.Notifications.Contracts;

// What the Notifications module tells the others. The in-app inbox publishes nothing yet; NotificationDelivered
// arrives with e-mail delivery. Stored names: a rename is a migration.
