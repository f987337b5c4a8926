using System.Text;
using System.Xml;
using Archive.Web.Pages;

namespace Archive.Web.Discovery;

/// <summary>
/// <c>/opensearch.xml</c> (OpenSearch 1.1): lets a browser add the archive as a search engine, and a
/// program find the search's HTML, Atom and JSON forms.
/// </summary>
public static class OpenSearchDescription
{
    public const string Path = "/opensearch.xml";
    public const string ContentType = "application/opensearchdescription+xml";
    private const string Namespace = "http://a9.com/-/spec/opensearch/1.1/";

    public static byte[] For(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("OpenSearchDescription", Namespace);
            xml.WriteElementString("ShortName", Namespace, "Speech Archive");
            xml.WriteElementString("Description", Namespace, "Search speech transcripts for words or a quotation, to the paragraph.");
            xml.WriteElementString("InputEncoding", Namespace, "UTF-8");
            xml.WriteElementString("OutputEncoding", Namespace, "UTF-8");
            Image(xml, SiteUrls.Absolute(request, "/favicon.ico"), "image/x-icon", 32);
            Url(xml, "text/html", SiteUrls.Absolute(request, "/search?q={searchTerms}"));
            Url(xml, "application/atom+xml", SiteUrls.Absolute(request, "/feeds/search?q={searchTerms}"));
            Url(xml, "application/json", SiteUrls.Absolute(request, "/api/search?q={searchTerms}"));
            Url(xml, "application/opensearchdescription+xml", SiteUrls.Absolute(request, Path), rel: "self");
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void Url(XmlWriter xml, string type, string template, string? rel = null)
    {
        xml.WriteStartElement("Url", Namespace);
        xml.WriteAttributeString("type", type);
        if (rel is not null)
        {
            xml.WriteAttributeString("rel", rel);
        }
        xml.WriteAttributeString("template", template);
        xml.WriteEndElement();
    }

    private static void Image(XmlWriter xml, string url, string type, int size)
    {
        xml.WriteStartElement("Image", Namespace);
        xml.WriteAttributeString("height", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("width", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("type", type);
        xml.WriteString(url);
        xml.WriteEndElement();
    }
}
