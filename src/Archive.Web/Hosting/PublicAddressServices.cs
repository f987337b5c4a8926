using Microsoft.AspNetCore.Hosting.Server;

namespace Archive.Web.Hosting;

public static partial class PublicAddressServices
{
    /// <summary>Registers <see cref="PublicAddress"/>; a malformed <c>Archive:PublicUrl</c> stops the site at start, with the reason.</summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[PublicAddress.Setting] is { } text && !string.IsNullOrWhiteSpace(text) ? PublicAddress.Parse(text) : null;
        services.AddSingleton(sp => new PublicAddress(configured, sp.GetRequiredService<IServer>()));
        services.AddHostedService<PublicAddressWarning>();
        return services;
    }
}

/// <summary>Says at start, once the server listens, which address the links name when none is configured.</summary>
internal sealed partial class PublicAddressWarning(PublicAddress address, IHostApplicationLifetime lifetime, ILogger<PublicAddressWarning> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!address.IsConfigured)
        {
            lifetime.ApplicationStarted.Register(() => NotConfigured(PublicAddress.Setting, address.Base));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Setting} is not set: canonical links, short links and citations name {Address}, the address the site listens on. Set it to the address the public uses (docs/configuration.md)")]
    private partial void NotConfigured(string setting, string address);
}
