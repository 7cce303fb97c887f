using GenScreen.Http;
using GenScreen.Http.Security;
using GenScreen.Http.Telemetry;
using GenScreen.Storage.Rescreen;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;

// The isolated worker with ASP.NET Core integration: triggers get HttpRequest and share GenScreen.Http's handlers.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddGenScreenHttp(builder.Configuration);
// Admins are whom App Service authentication (Entra ID) vouches for with the admin app role; nobody while it is off.
builder.Services.AddAppServiceAdminAuthorization(builder.Configuration);
builder.Services.AddGenScreenImagePipeline(builder.Configuration);
// The re-screening fan-out's page handler (the RescreenPage queue trigger).
builder.Services.AddGenScreenRescreenQueue(builder.Configuration);
// OpenTelemetry (the GenScreen meter, logs, the worker's invocation traces) to Azure Monitor when App Insights is configured.
builder.Services.AddGenScreenTelemetry(builder.Configuration, "genscreen-functions")?.UseFunctionsWorkerDefaults();
builder.Build().Run();
