using System.Net.Http.Headers;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Images;

/// <summary>Requests to <c>POST /api/screen/image</c>: raw bytes with query fields, or multipart with form fields.</summary>
internal static class ImageEndpointClient
{
    public static Task<HttpResponseMessage> PostRawAsync(RunningHost host, byte[] image, string query, string contentType = "image/png")
    {
        var content = new ByteArrayContent(image);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return host.Client.PostAsync(new Uri("api/screen/image" + query, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> PostMultipartAsync(RunningHost host, byte[]? image, IDictionary<string, string> fields, string query = "", string fileName = "upload.png")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (image is not null)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse("image/png");
            form.Add(file, "file", fileName);
        }

        return host.Client.PostAsync(new Uri("api/screen/image" + query, UriKind.Relative), form);
    }
}
