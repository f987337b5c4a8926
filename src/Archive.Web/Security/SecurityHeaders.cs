using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Archive.Web.Security;

/// <summary>
/// The headers every answer carries, pages, API, static files and error pages alike. The policy allows
/// scripts, styles and images from the site's own origin only and no inline script or style at all:
/// pages are cached whole (<c>Caching/ImmutablePages</c>), so a per-request nonce could not be used, and
/// none is needed, since the one script and the one stylesheet are files.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// <c>img-src data:</c> for a favicon or SVG given inline in the stylesheet; <c>form-action 'self'</c> for
    /// the search forms; <c>frame-ancestors 'none'</c> and <c>base-uri 'none'</c> against framing and a
    /// hijacked base URL. Nothing else is ever fetched.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Powerful features the site never uses, switched off for it and anything it might embed.
    /// Only features Chromium knows: an unknown name is logged as a console error on every page.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>A year: once reached over HTTPS, the site is to be reached only so.</summary>
    private static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            // Set as the response starts, not now: the exception handler clears the headers of a failed
            // request before it renders the error page, and that page needs them as much as any other.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        // Strict-Transport-Security only on an answer sent over HTTPS (the middleware checks), never over
        // plain HTTP, where a browser would ignore it; not for localhost, where it would stick to every port.
        return app.UseMiddleware<HstsMiddleware>(Options.Create(new HstsOptions { MaxAge = HstsMaxAge }));
    }
}
