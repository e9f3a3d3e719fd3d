using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>An HttpClient with a cookie jar that does what the pages' scripts do: read the antiforgery token from a page, send it back as a header.</summary>
internal sealed partial class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(string baseUrl)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    }

    public HttpClient Http => _http;

    public string? Token { get; private set; }

    /// <summary>Loads the home page, which sets the antiforgery cookie and carries the request token.</summary>
    public async Task<ApiClient> WithTokenAsync()
    {
        var html = await _http.GetStringAsync(new Uri("/", UriKind.Relative));
        Token = TokenMeta().Match(html).Groups[1].Value;
        return this;
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body, string? token = null) =>
        SendAsync(path, JsonContent.Create(body), token);

    public Task<HttpResponseMessage> PostRawAsync(string path, string json, string? token = null) =>
        SendAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), token);

    /// <summary>Posts JSON and returns as soon as the headers arrive, so a streamed body (server-sent events) is read as it comes.</summary>
    public Task<HttpResponseMessage> PostForStreamAsync(string path, object body) =>
        SendAsync(path, JsonContent.Create(body), null, HttpCompletionOption.ResponseHeadersRead);

    private Task<HttpResponseMessage> SendAsync(string path, HttpContent content, string? token, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        if ((token ?? Token) is { Length: > 0 } t)
            request.Headers.Add("RequestVerificationToken", t);
        return _http.SendAsync(request, completion);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex TokenMeta();
}
