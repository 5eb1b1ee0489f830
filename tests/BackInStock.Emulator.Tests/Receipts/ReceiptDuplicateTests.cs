using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Receipts;

namespace BackInStock.Emulator.Tests.Receipts;

/// <summary>
/// Engage's duplicate rule ("Introduction to receipts"): a receipt whose uniqueReceiptId is already stored
/// is ignored, whoever it names and whatever it holds; the first one stays as it was.
/// </summary>
public sealed class ReceiptDuplicateTests : IDisposable
{
    private readonly EmulatorFixture _fixture = new("memory");

    private static readonly DateTimeOffset Bought = new(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_second_receipt_with_the_same_id_is_ignored_and_the_first_is_returned_unchanged()
    {
        var contact = _fixture.Contact("first@example.com");
        var first = _fixture.Emulator.Receipts.Register(contact.Email!, "email", "R-1", Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);

        var again = _fixture.Emulator.Receipts.Register(contact.Id.ToString(), "contactId", "R-1", Bought.AddDays(1), [new ReceiptItem("RETURN", "SKU-2", 3)]);

        again.Should().BeEquivalentTo(first);
        _fixture.Emulator.Receipts.Of(contact.Id).Should().ContainSingle().Which.Should().BeEquivalentTo(first);
    }

    [Fact]
    public void A_duplicate_naming_another_contact_gives_that_contact_no_receipt()
    {
        var owner = _fixture.Contact("owner@example.com");
        var other = _fixture.Contact("other@example.com");
        _fixture.Emulator.Receipts.Register(owner.Email!, "email", "R-shared", Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);

        var answer = _fixture.Emulator.Receipts.Register(other.Email!, "email", "R-shared", Bought, [new ReceiptItem("PURCHASE", "SKU-9", 1)]);

        answer.ContactId.Should().Be(owner.Id);
        _fixture.Emulator.Receipts.Of(other.Id).Should().BeEmpty();
        _fixture.Emulator.Receipts.Of(owner.Id).Should().ContainSingle().Which.Items.Single().Sku.Should().Be("SKU-1");
    }

    [Fact]
    public void Receipts_with_different_ids_are_all_kept()
    {
        var contact = _fixture.Contact("many@example.com");

        _fixture.Emulator.Receipts.Register(contact.Email!, "email", "R-a", Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);
        _fixture.Emulator.Receipts.Register(contact.Email!, "email", "R-b", Bought, [new ReceiptItem("PURCHASE", "SKU-2", 1)]);

        _fixture.Emulator.Receipts.Of(contact.Id).Select(r => r.UniqueReceiptId).Should().BeEquivalentTo(["R-a", "R-b"]);
    }

    [Fact]
    public void A_duplicate_for_an_unknown_contact_is_still_contact_not_found()
    {
        var contact = _fixture.Contact("known@example.com");
        _fixture.Emulator.Receipts.Register(contact.Email!, "email", "R-1", Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);

        var unknown = () => _fixture.Emulator.Receipts.Register("ghost@example.com", "email", "R-1", Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);

        unknown.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
    }

    [Fact]
    public void A_receipt_id_too_long_to_index_is_refused_on_its_path_and_nothing_is_stored()
    {
        var contact = _fixture.Contact("long@example.com");

        var tooLong = () => _fixture.Emulator.Receipts.Register(contact.Email!, "email", new string('r', 257), Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);

        tooLong.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$.uniqueReceiptId");
        _fixture.Emulator.Receipts.Of(contact.Id).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_contact_is_named_by_its_match_key()
    {
        var unknown = () => _fixture.Emulator.Receipts.Register("ghost@example.com", "email", "R-ghost", Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)]);

        unknown.Should().Throw<EmulatorException>().WithMessage("*email 'ghost@example.com'*");
    }

    public void Dispose() => _fixture.Dispose();
}
