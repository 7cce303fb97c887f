using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.ContentSafety;

/// <summary>
/// Puts the resource key in its header on every attempt. Azure.Core's own key policy is internal, so
/// this is the public-API equivalent. The key is read per request so AzureKeyCredential.Update
/// (key rotation) takes effect without rebuilding the client. Azure.Core's logging redacts this
/// header because it is not on the allow-list.
/// </summary>
internal sealed class ApiKeyPolicy : HttpPipelineSynchronousPolicy
{
    private readonly AzureKeyCredential _credential;
    private readonly string _headerName;

    public ApiKeyPolicy(AzureKeyCredential credential, string headerName)
    {
        _credential = credential;
        _headerName = headerName;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        base.OnSendingRequest(message);
        message.Request.Headers.SetValue(_headerName, _credential.Key);
    }
}
