using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Accelerator;

/// <summary>What the accelerator's subscribe call did: the contact it found or created, and the subscription.</summary>
public sealed record StorefrontSubscription(Contact Contact, bool ContactCreated, Subscription Subscription);
