namespace BackInStock.Gateway.Contract;

/// <summary>A converter of an enum read ignoring case, telling the runtime document the names the contract spells.</summary>
public interface IIgnoreCaseEnumNames
{
    IEnumerable<string> Names { get; }
}
