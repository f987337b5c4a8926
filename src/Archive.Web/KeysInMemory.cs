using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Archive.Web;

/// <summary>
/// Where ASP.NET Core's data-protection keys are kept: in memory. The framework makes a key at start and
/// by default writes it under <c>~/.aspnet/DataProtection-Keys</c>; the site sets no cookies and takes no
/// form that posts, so the key protects nothing, and nothing in the running site writes.
/// </summary>
public sealed class KeysInMemory : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements)
        {
            return [.. _elements];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements)
        {
            _elements.Add(element);
        }
    }
}

public static class KeysInMemoryServices
{
    public static IServiceCollection AddKeysInMemory(this IServiceCollection services) =>
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new KeysInMemory());
}
