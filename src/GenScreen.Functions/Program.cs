using GenScreen.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The isolated worker with ASP.NET Core integration: triggers get HttpRequest and share GenScreen.Http's handlers.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddGenScreenHttp(builder.Configuration);
builder.Services.AddGenScreenImagePipeline(builder.Configuration);
builder.Build().Run();
