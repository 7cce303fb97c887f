using System.Text.Json;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// Issue 14, item 10, on the Bicep (Azurite cannot show Azure wiring): the verdict id key reaches the app
/// only as a Key Vault reference resolved with its managed identity, is never a committed or output
/// value, and App Service authentication (for the admin routes) lets anonymous screening calls through.
/// Checked on the ARM template infra/main.bicep compiles to.
/// </summary>
[Collection(InfrastructureCollectionDefinition.Name)]
public sealed class SecretsAndAdminAuthInfraTests(ValidatedInfrastructure infra)
{
    private const string KeyParameter = "parameters('verdictIdKey')";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    [Fact]
    public void VerdictIdKey_IsASecureParameterAzdGenerates_NeverSetInTheParametersFile()
    {
        var parameter = Root.GetProperty("parameters").GetProperty("verdictIdKey");

        Assert.Equal("securestring", parameter.GetProperty("type").GetString());
        Assert.True(parameter.GetProperty("minLength").GetInt32() >= 32);
        Assert.Equal("generate", parameter.GetProperty("metadata").GetProperty("azd").GetProperty("type").GetString());
        Assert.False(parameter.TryGetProperty("defaultValue", out _));
        using var parametersFile = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra", "main.parameters.json")));
        Assert.False(parametersFile.RootElement.GetProperty("parameters").TryGetProperty("verdictIdKey", out _));
    }

    [Fact]
    public void VerdictIdKey_GoesOnlyIntoTheKeyVaultSecret()
    {
        // Every use of the parameter in the whole template is inside the Key Vault module (its input, and
        // its own parameter of the same name)...
        var keyVault = infra.Module("keyVault");
        Assert.Equal(Count(keyVault.GetRawText(), KeyParameter), Count(Root.GetRawText(), KeyParameter));
        Assert.Equal($"[{KeyParameter}]", keyVault.GetProperty("properties").GetProperty("parameters").GetProperty("verdictIdKey").GetProperty("value").GetString());
        Assert.DoesNotContain(KeyParameter, Root.GetProperty("outputs").GetRawText(), StringComparison.Ordinal);

        // ...where it is a secure parameter stored as the secret's value.
        var template = keyVault.GetProperty("properties").GetProperty("template");
        Assert.Equal("securestring", template.GetProperty("parameters").GetProperty("verdictIdKey").GetProperty("type").GetString());
        var secret = Resources(template).Single(r => r.GetProperty("type").GetString() == "Microsoft.KeyVault/vaults/secrets");
        Assert.Equal($"[{KeyParameter}]", secret.GetProperty("properties").GetProperty("value").GetString());
        var vault = Resources(template).Single(r => r.GetProperty("type").GetString() == "Microsoft.KeyVault/vaults");
        Assert.True(vault.GetProperty("properties").GetProperty("enableRbacAuthorization").GetBoolean());
    }

    [Fact]
    public void AppSetting_VerdictIdKey_IsAKeyVaultReferenceResolvedWithTheAppIdentity()
    {
        var api = infra.Module("api").GetProperty("properties");
        var settings = api.GetProperty("parameters").GetProperty("appSettings").GetProperty("value");

        var idKey = settings.EnumerateObject().Single(p => p.Name.Contains("appSettings.verdictIdKey", StringComparison.Ordinal));
        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName={0};SecretName={1})'", idKey.Value.GetString(), StringComparison.Ordinal);
        var site = Resources(api.GetProperty("template")).Single(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites");
        Assert.Equal("[parameters('identityId')]", site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
    }

    [Fact]
    public void AppIdentity_MayReadTheKeySecretOnly_NotTheVault()
    {
        var rbac = infra.Module("rbac").GetProperty("properties").GetProperty("template");
        Assert.Equal(KeyVaultSecretsUser, rbac.GetProperty("variables").GetProperty("roles").GetProperty("keyVaultSecretsUser").GetString());

        var keyVaultAssignments = Resources(rbac)
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments"
                && r.GetProperty("scope").GetString()!.Contains("Microsoft.KeyVault", StringComparison.Ordinal))
            .ToList();

        var assignment = Assert.Single(keyVaultAssignments);
        Assert.StartsWith("[resourceId('Microsoft.KeyVault/vaults/secrets'", assignment.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Contains("keyVaultSecretsUser", assignment.GetProperty("properties").GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppServiceAuthentication_OnlyWithAnAdminApp_AndAnonymousCallsPassThrough()
    {
        var template = infra.Module("api").GetProperty("properties").GetProperty("template");

        var auth = Resources(template).Single(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites/config"
            && r.GetProperty("name").GetString()!.Contains("authsettingsV2", StringComparison.Ordinal));

        Assert.Equal("[not(empty(parameters('adminAppClientId')))]", auth.GetProperty("condition").GetString());
        var properties = auth.GetProperty("properties");
        Assert.True(properties.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.False(properties.GetProperty("globalValidation").GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("AllowAnonymous", properties.GetProperty("globalValidation").GetProperty("unauthenticatedClientAction").GetString());
        Assert.False(properties.GetProperty("login").GetProperty("tokenStore").GetProperty("enabled").GetBoolean());
        var entra = properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.False(entra.GetProperty("registration").TryGetProperty("clientSecretSettingName", out _)); // validation only, no secret
    }

    private JsonElement Root
    {
        get
        {
            Assert.True(infra.MainTemplate.ValueKind == JsonValueKind.Object, $"infra/main.bicep did not compile:\n{infra.Output}");
            return infra.MainTemplate;
        }
    }

    private static int Count(string text, string value) => text.Split(value).Length - 1;

    /// <summary>A template's resources: an array, or (language version 2.0) an object keyed by symbolic name.</summary>
    private static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray()
            : resources.EnumerateObject().Select(p => p.Value);
    }
}
