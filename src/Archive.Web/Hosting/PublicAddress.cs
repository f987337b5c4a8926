using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Archive.Web.Hosting;

/// <summary>
/// The address the public reaches the site at, as configured in <c>Archive:PublicUrl</c>
/// (<c>https://archive.example.org</c>). Every absolute link the site prints (canonical, og:url,
/// short links, citations, feeds, sitemap) starts with it, never with the request's Host header,
/// which any client can set: a request with <c>Host: evil.example</c> must not put that name into
/// a page that is then cached and served to everyone. Unset, the site names the address it
/// listens on (right for a developer's machine, wrong behind a proxy) and warns at start.
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "Archive:PublicUrl";

    private readonly Lazy<string> _base;

    /// <param name="configured">The value of <c>Archive:PublicUrl</c>, already checked by <see cref="Parse"/>, or null.</param>
    /// <param name="server">Asked for the address it listens on, at first use, when none is configured.</param>
    public PublicAddress(string? configured, IServer server)
    {
        IsConfigured = configured is not null;
        _base = configured is not null ? new Lazy<string>(configured) : new Lazy<string>(() => Listening(server));
    }

    /// <summary>True when <c>Archive:PublicUrl</c> is set.</summary>
    public bool IsConfigured { get; }

    /// <summary>Scheme, host, port and any path prefix, without a trailing slash: <c>https://archive.example.org</c>.</summary>
    public string Base => _base.Value;

    /// <summary>The absolute form of a path of the site (<c>/d/abc123</c>).</summary>
    public string Absolute(string path) => path.StartsWith('/') ? Base + path : Base + "/" + path;

    /// <summary>The configured address in its one written form; a message naming the setting when it is not an http(s) address.</summary>
    public static string Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException(
                $"{Setting} is '{text}', which is not an http or https address without query or fragment (such as https://archive.example.org).");
        }
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The first address the server listens on, a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>) named <c>localhost</c>.</summary>
    private static string Listening(IServer server)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            // An in-process test host listens nowhere.
            return "http://localhost";
        }
        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "0.0.0.0" or "[::]" or "*" or "+" ? "localhost" : binding.Host;
        var defaultPort = binding.Scheme == Uri.UriSchemeHttps ? 443 : 80;
        return $"{binding.Scheme}://{host}{(binding.Port == defaultPort ? "" : ":" + binding.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
    }
}
