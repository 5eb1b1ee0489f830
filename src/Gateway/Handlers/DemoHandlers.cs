using BackInStock.Emulator.Catalog;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Handlers;

/// <summary>What the demo catalog needs served (emulator-only): its product images.</summary>
public sealed class DemoHandlers : IDemoHandlers
{
    string IDemoHandlers.GetDemoImage(string sku) => DemoImage.Svg(sku);
}
