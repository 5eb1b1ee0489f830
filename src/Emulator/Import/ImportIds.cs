using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BackInStock.Emulator.Import;

/// <summary>
/// Version 7 GUIDs, as <see cref="Guid.CreateVersion7(DateTimeOffset)"/> makes them, with their random bits drawn from
/// the system's generator a block at a time: one call to it per id was most of the cost of a subscription line.
/// </summary>
internal sealed class ImportIds
{
    private const int RandomBytes = 10;
    private readonly byte[] _random = new byte[RandomBytes * 1024];
    private int _next = RandomBytes * 1024;

    public Guid Next(DateTimeOffset time)
    {
        if (_next == _random.Length)
        {
            RandomNumberGenerator.Fill(_random);
            _next = 0;
        }

        var random = _random.AsSpan(_next, RandomBytes);
        _next += RandomBytes;
        Span<byte> bytes = stackalloc byte[16];
        Span<byte> milliseconds = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(milliseconds, time.ToUnixTimeMilliseconds());
        milliseconds[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (random[0] & 0x0F));
        bytes[7] = random[1];
        bytes[8] = (byte)(0x80 | (random[2] & 0x3F));
        random[3..].CopyTo(bytes[9..]);
        return new Guid(bytes, bigEndian: true);
    }
}
