using Archive.Import.Speakers;

namespace Archive.Import.Tests.Speakers;

public sealed class RoleLabelsTests
{
    [Theory]
    [InlineData("Question")]
    [InlineData("Remark")]
    [InlineData("Response")]
    [InlineData("Reply")]
    [InlineData("Answer")]
    [InlineData("Q")]
    [InlineData("Question from Perm Territory")]
    [InlineData("Response from the hall")]
    [InlineData("Call centre operator")]
    [InlineData("AUDIENCE MEMBER")]
    [InlineData("THE MODERATOR")]
    [InlineData("Audience")]
    public void ARoleIsNoPerson(string label) => Assert.True(RoleLabels.IsRole(label));

    [Theory]
    [InlineData("Vladimir Putin")]
    [InlineData("State Duma Speaker")]
    [InlineData("Speaker of the State Duma Vyacheslav Volodin")]
    [InlineData("Sports commentator Dmitry Guberniyev, ceremony moderator")]
    [InlineData("MR. MONDALE")]
    [InlineData("Mr. Lehrer")]
    public void APersonIsNoRole(string label) => Assert.False(RoleLabels.IsRole(label));
}
