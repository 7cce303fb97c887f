using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScreen.Http.Security;

/// <summary>Each host chooses how admins prove themselves; without a choice nobody is admin (<see cref="NoAdminAuthorization"/>).</summary>
public static class AdminAuthorizationServiceCollectionExtensions
{
    /// <summary>Azure: App Service authentication (Entra ID) and an app role. For the Functions app.</summary>
    public static IServiceCollection AddAppServiceAdminAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        services.Replace(ServiceDescriptor.Singleton<IOperatorIdentity, AppServiceOperatorIdentity>());
        return services.AddAdminAuthorization<AppServiceAdminAuthorization>(configuration);
    }

    /// <summary>Local: a configured key in a header. For <c>genscreen serve</c>, never for a host exposed behind App Service.</summary>
    public static IServiceCollection AddAdminKeyAuthorization(this IServiceCollection services, IConfiguration configuration) =>
        services.AddAdminAuthorization<AdminKeyAuthorization>(configuration);

    internal static IServiceCollection AddAdminOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IAdminAuthorization, NoAdminAuthorization>();
        services.TryAddSingleton<IOperatorIdentity, ConfiguredOperatorIdentity>();
        return services;
    }

    private static IServiceCollection AddAdminAuthorization<T>(this IServiceCollection services, IConfiguration configuration)
        where T : class, IAdminAuthorization
    {
        if (!services.Any(d => d.ServiceType == typeof(IAdminAuthorization)))
        {
            services.AddAdminOptions(configuration); // once: AddGenScreenHttp may have added them already
        }

        services.Replace(ServiceDescriptor.Singleton<IAdminAuthorization, T>());
        return services;
    }
}
