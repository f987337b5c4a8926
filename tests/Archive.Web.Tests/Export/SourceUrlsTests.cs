using System.Text;
using Archive.Web.Export;

namespace Archive.Web.Tests.Export;

public sealed class SourceUrlsTests
{
    [Theory]
    [InlineData("""{"schema":1,"id":"a","paragraphs":[{"n":1,"text":"\"sourceUrl\": no"}],"sourceUrl":"http://en.kremlin.ru/events/president/news/46178"}""", "http://en.kremlin.ru/events/president/news/46178")]
    [InlineData("""{"schema":1,"id":"a","summary":{"sourceUrl":"nested"},"paragraphs":[]}""", null)]
    [InlineData("""{"schema":1,"id":"a","sourceUrl":null}""", null)]
    [InlineData("""{"schema":1,"id":"a"}""", null)]
    public void TheSourceUrlIsTheRecordsOwnTopLevelField(string json, string? url) =>
        Assert.Equal(url, SourceUrls.Read(Encoding.UTF8.GetBytes(json)));
}
