namespace BackInStock.Emulator.Subscriptions;

/// <summary>Which back-in-stock feature a subscription came through; it decides the stock that releases it.</summary>
public enum SubscriptionSource
{
    /// <summary>Engage's own (its API, Voyado's Centra accelerator): any quantity over 0 releases it.</summary>
    Engage,

    /// <summary>
    /// Centra's back-in-stock feature for Klaviyo shops (Centra's Checkout or Shop API, Klaviyo's API on
    /// Centra's catalog variants): Centra passes stock on to the provider only at its minimum stock level.
    /// </summary>
    CentraKlaviyo,
}
