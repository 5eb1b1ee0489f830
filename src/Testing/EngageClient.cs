using BackInStock.Client;

namespace BackInStock.Testing;

/// <summary>
/// The typed client generated from the contract (namespace <c>BackInStock.Client</c>), one client per contract tag.
/// A call that is not answered with success throws <see cref="ApiException"/> with the status and the body.
/// </summary>
public sealed class EngageClient(HttpClient httpClient)
{
    /// <summary>Engage's back-in-stock API: subscriptions and stock levels (<c>/api/v3</c>).</summary>
    public BackInStockClient BackInStock { get; } = new(httpClient);

    /// <summary>Engage's contacts API (<c>/api/v3/contacts</c>).</summary>
    public ContactsClient Contacts { get; } = new(httpClient);

    /// <summary>Engage's receipts, for the purchase condition (<c>/api/v3/receipts</c>).</summary>
    public ReceiptsClient Receipts { get; } = new(httpClient);

    /// <summary>Voyado's Centra accelerator: the storefront's subscribe endpoint.</summary>
    public CentraClient Centra { get; } = new(httpClient);

    /// <summary>Centra's Checkout and Shop API back-in-stock subscriptions (Klaviyo shops).</summary>
    public CentraCheckoutClient CentraCheckout { get; } = new(httpClient);

    /// <summary>Klaviyo's client (storefront) back-in-stock API.</summary>
    public KlaviyoClientClient KlaviyoClient { get; } = new(httpClient);

    /// <summary>Klaviyo's server back-in-stock API (send its <c>Authorization</c> header on your own HttpClient).</summary>
    public KlaviyoClient Klaviyo { get; } = new(httpClient);

    /// <summary>Emulator-only: Klaviyo's back-in-stock report.</summary>
    public KlaviyoReportClient KlaviyoReport { get; } = new(httpClient);

    /// <summary>Emulator-only control plane: health, clock, reset, stock levels, dry runs, validation.</summary>
    public EmulatorClient Emulator { get; } = new(httpClient);

    /// <summary>Emulator-only: bulk loading of contacts, subscriptions, stock levels and receipts from NDJSON (<c>ImportDataAsync(stream)</c>).</summary>
    public ImportClient Import { get; } = new(httpClient);

    /// <summary>Emulator-only: the product feeds.</summary>
    public FeedsClient Feeds { get; } = new(httpClient);

    /// <summary>Emulator-only: the back-in-stock automations.</summary>
    public AutomationsClient Automations { get; } = new(httpClient);

    /// <summary>Emulator-only: the emails sent.</summary>
    public OutboxClient Outbox { get; } = new(httpClient);

    /// <summary>Emulator-only: the integration log, what each stock-level item did and why.</summary>
    public IntegrationLogClient IntegrationLog { get; } = new(httpClient);

    /// <summary>Emulator-only: the simulated Centra's stock changes and integrations.</summary>
    public CentraSimulatorClient CentraSimulator { get; } = new(httpClient);
}
