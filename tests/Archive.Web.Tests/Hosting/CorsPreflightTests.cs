using System.Net;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// OPTIONS is CORS's alone: an API group that allows other origins (RequireCors) and answers HEAD too still
/// answers the browser's preflight, while a bare OPTIONS is 405 like any other method.
/// </summary>
public sealed class CorsPreflightTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")));
        _app = builder.Build();
        _app.UseRouting();
        _app.UseCors();
        _app.UseMethodRules();
        _app.MapGroup("/api").RequireCors().AnswerHeadToo().MapGet("/years", () => TypedResults.Ok(new[] { 2014 }));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [Fact]
    public async Task ThePreflightOfACrossOriginGetIsAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/years", UriKind.Relative));
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task HeadIsAnsweredAndABareOptionsIsNot()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/years", UriKind.Relative)));
        using var options = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, new Uri("/api/years", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, options.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
