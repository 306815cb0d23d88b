using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Approvals.Architecture.Tests.Kubernetes;

/// <summary>
/// What deploy/k8s must hold whatever is added to it: bounded, probed, pinned containers, no secret in the repository,
/// a disruption budget per distributed role, autoscaled HTTP roles, and an embedded pod that never runs twice. Each
/// check reads the files as written and, when build/test.sh rendered the overlays with kubectl, the rendering too.
/// </summary>
public sealed partial class When_checking_the_kubernetes_manifests
{
    static readonly string[] Workloads = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod"];
    static readonly string[] LongRunning = ["Deployment", "StatefulSet", "DaemonSet"];

    [Fact]
    public void Should_read_a_workload_for_every_role_so_no_check_passes_on_nothing()
    {
        var read = KubernetesManifests.All.Where(o => Workloads.Contains(o.Kind)).Select(o => o.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>(["approvals-intake", "approvals-review", "approvals-workflow", "approvals-audit", "approvals-web", "approvals", "approvals-migrate"]),
            read);
    }

    [Fact]
    public void Should_bound_every_container_with_cpu_and_memory_requests_and_limits()
    {
        var failures =
            from workload in KubernetesManifests.All.Where(o => Workloads.Contains(o.Kind))
            from container in workload.Containers()
            from bound in new[] { "requests", "limits" }
            from resource in new[] { "cpu", "memory" }
            where container.Map("resources")?.Map(bound)?.Text(resource) is null
            select $"{workload}, container {container.Text("name")}: no resources.{bound}.{resource}";
        AssertNone(failures);
    }

    [Fact]
    public void Should_probe_every_long_running_container_for_liveness_and_readiness()
    {
        var failures =
            from workload in KubernetesManifests.All.Where(o => LongRunning.Contains(o.Kind))
            from container in workload.Containers(withInit: false)
            from probe in new[] { "livenessProbe", "readinessProbe" }
            where container.Map(probe) is null
            select $"{workload}, container {container.Text("name")}: no {probe}";
        AssertNone(failures);
    }

    [Fact]
    public void Should_keep_no_secret_value_in_the_repository()
    {
        var secretObjects =
            from secret in KubernetesManifests.All.Where(o => o.Kind == "Secret")
            from field in new[] { "data", "stringData" }
            where secret.Yaml.Child(field) is not null
            select $"{secret}: carries {field}; secrets are created in the cluster, never kept here";
        var generators =
            from kustomization in KubernetesManifests.Kustomizations
            where kustomization.Yaml.Sequence("secretGenerator").Any()
            select $"{kustomization.Origin}: a secretGenerator keeps its literals or files in the repository";
        AssertNone(secretObjects.Concat(generators));
    }

    [Fact]
    public void Should_pin_every_image_to_a_version()
    {
        var containers =
            from workload in KubernetesManifests.All.Where(o => Workloads.Contains(o.Kind))
            from container in workload.Containers()
            let image = container.Text("image") ?? ""
            where !IsPinned(image)
            select $"{workload}, container {container.Text("name")}: image '{image}' has no version tag (or has 'latest')";
        var kustomizeImages =
            from kustomization in KubernetesManifests.Kustomizations
            from image in kustomization.Yaml.Sequence("images").OfType<YamlMappingNode>()
            let tag = image.Text("newTag")
            where image.Text("digest") is null && (string.IsNullOrWhiteSpace(tag) || tag == "latest")
            select $"{kustomization.Origin}: images entry {image.Text("name")} sets no version (newTag '{tag}')";
        AssertNone(containers.Concat(kustomizeImages));
    }

    [Fact]
    public void Should_take_every_credential_from_a_secret()
    {
        var env =
            from workload in KubernetesManifests.All.Where(o => Workloads.Contains(o.Kind))
            from container in workload.Containers()
            from variable in container.Sequence("env").OfType<YamlMappingNode>()
            let name = variable.Text("name") ?? ""
            where LooksSecret(name) && variable.Map("valueFrom")?.Map("secretKeyRef") is null
                && !IsCredentialFreeConnectionString(name, variable.Text("value"))
            select $"{workload}, container {container.Text("name")}: {name} is not taken from a secretKeyRef";
        var configMaps =
            from configMap in KubernetesManifests.All.Where(o => o.Kind == "ConfigMap")
            from key in configMap.Yaml.Map("data")?.Children.Keys.OfType<YamlScalarNode>() ?? []
            where LooksSecret(key.Value!)
            select $"{configMap}: {key.Value} belongs in the Secret, not in a ConfigMap";
        var generators =
            from kustomization in KubernetesManifests.Kustomizations
            from generator in kustomization.Yaml.Sequence("configMapGenerator").OfType<YamlMappingNode>()
            from literal in generator.Sequence("literals").OfType<YamlScalarNode>()
            where LooksSecret(literal.Value!.Split('=')[0])
            select $"{kustomization.Origin}: configMapGenerator literal {literal.Value!.Split('=')[0]} belongs in the Secret";
        AssertNone(env.Concat(configMaps).Concat(generators));
    }

    [Fact]
    public void Should_give_every_distributed_role_a_disruption_budget()
    {
        var failures =
            from composition in KubernetesManifests.Overlay("distributed")
            from deployment in Deployments(composition)
            let podLabels = Labels(deployment.Yaml.Map("spec")?.Map("template")?.Map("metadata")?.Map("labels"))
            where !composition.Objects.Any(budget => budget.Kind == "PodDisruptionBudget"
                && Labels(budget.Yaml.Map("spec")?.Map("selector")?.Map("matchLabels")) is { Count: > 0 } selector
                && selector.All(podLabels.Contains))
            select $"{composition}: Deployment {deployment.Name} has no PodDisruptionBudget selecting its pods";
        AssertNone(failures);
    }

    [Theory]
    [InlineData("approvals-intake")]
    [InlineData("approvals-review")]
    [InlineData("approvals-web")]
    public void Should_autoscale_the_http_roles_users_wait_on_by_cpu(string deploymentName)
    {
        var failures = new List<string>();
        foreach (var composition in KubernetesManifests.Overlay("distributed"))
        {
            if (!Deployments(composition).Any(d => d.Name == deploymentName))
                failures.Add($"{composition}: no Deployment {deploymentName}");
            var cpuScaled = composition.Objects.Any(hpa => hpa.Kind == "HorizontalPodAutoscaler"
                && hpa.Yaml.Text("apiVersion") == "autoscaling/v2"
                && hpa.Yaml.Map("spec")?.Map("scaleTargetRef") is { } target
                && target.Text("kind") == "Deployment" && target.Text("name") == deploymentName
                && hpa.Yaml.Map("spec")!.Sequence("metrics").OfType<YamlMappingNode>()
                    .Any(metric => metric.Map("resource")?.Text("name") == "cpu"));
            if (!cpuScaled)
                failures.Add($"{composition}: no autoscaling/v2 HorizontalPodAutoscaler scales Deployment {deploymentName} on cpu");
        }

        AssertNone(failures);
    }

    [Fact]
    public void Should_run_the_embedded_server_as_one_pod_that_is_replaced_never_doubled()
    {
        var failures = new List<string>();
        foreach (var composition in KubernetesManifests.Overlay("embedded"))
        {
            var deployments = Deployments(composition).ToArray();
            if (deployments.Length != 1)
                failures.Add($"{composition}: {deployments.Length} Deployments, expected the one embedded server");
            foreach (var deployment in deployments)
            {
                var spec = deployment.Yaml.Map("spec");
                if (spec?.Text("replicas") != "1")
                    failures.Add($"{composition}: Deployment {deployment.Name}: replicas {spec?.Text("replicas") ?? "unset"}, SQLite takes exactly 1");
                if (spec?.Map("strategy")?.Text("type") != "Recreate")
                    failures.Add($"{composition}: Deployment {deployment.Name}: strategy is not Recreate, so a rollout would run two writers");
                failures.AddRange(deployment.Containers().SelectMany(c => c.Sequence("env").OfType<YamlMappingNode>())
                    .Select(e => e.Text("name") ?? "").Where(name => name.StartsWith("Messaging__RabbitMq", StringComparison.Ordinal))
                    .Select(name => $"{composition}: Deployment {deployment.Name}: {name}, but the embedded server uses the in-memory bus"));
            }

            failures.AddRange(composition.Objects.Where(o => o.Kind is "Job" or "HorizontalPodAutoscaler" or "StatefulSet")
                .Select(o => $"{composition}: {o.Kind} {o.Name} has no place in the embedded shape"));
        }

        AssertNone(failures);
    }

    [Fact]
    public void Should_migrate_once_per_release_as_the_migrator()
    {
        var failures = new List<string>();
        foreach (var composition in KubernetesManifests.Overlay("distributed/migrate"))
        {
            var job = composition.Objects.SingleOrDefault(o => o.Kind == "Job" && o.Name == "approvals-migrate");
            if (job is null)
            {
                failures.Add($"{composition}: no Job approvals-migrate");
                continue;
            }

            var container = job.Containers().Single();
            if (!container.Sequence("args").OfType<YamlScalarNode>().Select(a => a.Value).SequenceEqual(["migrate"]))
                failures.Add($"{job}: args are not [\"migrate\"]");
            if (job.PodSpec?.Text("restartPolicy") != "Never")
                failures.Add($"{job}: restartPolicy is not Never (the Job's backoffLimit counts the tries)");
            var connection = container.Sequence("env").OfType<YamlMappingNode>().SingleOrDefault(e => e.Text("name") == "ConnectionStrings__Approvals");
            if (connection?.Map("valueFrom")?.Map("secretKeyRef")?.Text("key") != "migrator-connection-string")
                failures.Add($"{job}: ConnectionStrings__Approvals is not the Secret's migrator-connection-string");
        }

        var distributedJobs =
            from composition in KubernetesManifests.Overlay("distributed")
            from job in composition.Objects.Where(o => o.Kind == "Job")
            select $"{composition}: Job {job.Name} would run with every apply of the services, not once per release before them";
        AssertNone(failures.Concat(distributedJobs));
    }

    static IEnumerable<KubernetesObject> Deployments(Composition composition) => composition.Objects.Where(o => o.Kind == "Deployment");

    static HashSet<KeyValuePair<string, string>> Labels(YamlMappingNode? labels) =>
        [.. labels?.Children.Select(pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, (pair.Value as YamlScalarNode)?.Value ?? "")) ?? []];

    /// <summary>A digest, or a tag after the last path segment's colon (a registry's port is not a tag), other than latest.</summary>
    static bool IsPinned(string image)
    {
        if (image.Contains('@', StringComparison.Ordinal))
            return true;
        var lastSegment = image[(image.LastIndexOf('/') + 1)..];
        var colon = lastSegment.LastIndexOf(':');
        return colon > 0 && colon < lastSegment.Length - 1 && lastSegment[(colon + 1)..] != "latest";
    }

    /// <summary>A setting whose last name segment is a password, secret or key, or any connection string.</summary>
    static bool LooksSecret(string name) =>
        SecretSuffix().IsMatch(name[(name.LastIndexOf('_') + 1)..]) || name.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase);

    /// <summary>The embedded pod's SQLite path: a file name and nothing else, so no credential to hide.</summary>
    static bool IsCredentialFreeConnectionString(string name, string? value) =>
        name.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase) && value is not null && SqliteFileOnly().IsMatch(value);

    static void AssertNone(IEnumerable<string> failures)
    {
        var list = failures.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    [GeneratedRegex("(password|passwd|secret|key)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSuffix();

    [GeneratedRegex("^Data Source=[^;]+$")]
    private static partial Regex SqliteFileOnly();
}
