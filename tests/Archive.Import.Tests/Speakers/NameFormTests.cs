using Archive.Import.Speakers;

namespace Archive.Import.Tests.Speakers;

public sealed class NameFormTests
{
    [Theory]
    [InlineData("VladimirPutin", "Vladimir Putin")]
    [InlineData("VladimirPUTIN", "Vladimir Putin")]
    [InlineData("V.Putin", "V. Putin")]
    [InlineData("Vladimir PUTIN", "Vladimir Putin")]
    [InlineData("President OF RUSSIA DMITRY MEDVEDEV", "President of Russia Dmitry Medvedev")]
    [InlineData("GOVERNOR OF CALIFORNIA ARNOLD SCHWARZENEGGER", "Governor of California Arnold Schwarzenegger")]
    [InlineData("President and CEO of Nokia Corporation OLLI-PEKKA KALLASVUO", "President and CEO of Nokia Corporation Olli-Pekka Kallasvuo")]
    [InlineData("MR. MONDALE", "Mr. Mondale")]
    [InlineData("Ms. DREW", "Ms. Drew")]
    public void RunTogetherOrShoutedNamesAreWrittenAsNames(string label, string name) => Assert.Equal(name, NameForm.Normalise(label));

    [Theory]
    [InlineData("Gazprom CEO Alexei Miller")]
    [InlineData("Head of OPCW")]
    [InlineData("MR. McGEE")]
    [InlineData("Ron DeSantis")]
    [InlineData("Douglas MacArthur")]
    [InlineData("Kirill KleYMENOV")]
    [InlineData("Xi Jinping")]
    public void NamesAndAbbreviationsStayAsWritten(string label) => Assert.Equal(label, NameForm.Normalise(label));
}
