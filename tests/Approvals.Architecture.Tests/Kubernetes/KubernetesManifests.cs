using Approvals.Testing;
using YamlDotNet.RepresentationModel;

namespace Approvals.Architecture.Tests.Kubernetes;

/// <summary>One object of a manifest: where it was read (a file of deploy/k8s, or kubectl's rendering of an overlay) and its YAML.</summary>
public sealed record KubernetesObject(string Origin, YamlMappingNode Yaml)
{
    public string Kind => Yaml.Text("kind") ?? "";
    public string Name => Yaml.Map("metadata")?.Text("name") ?? "";
    public override string ToString() => $"{Origin}: {Kind} {Name}";

    /// <summary>The pod template of a workload (null for other kinds).</summary>
    public YamlMappingNode? PodSpec => Kind switch
    {
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => Yaml.Map("spec")?.Map("template")?.Map("spec"),
        "CronJob" => Yaml.Map("spec")?.Map("jobTemplate")?.Map("spec")?.Map("template")?.Map("spec"),
        "Pod" => Yaml.Map("spec"),
        _ => null,
    };

    public IEnumerable<YamlMappingNode> Containers(bool withInit = true)
    {
        if (PodSpec is not { } pod)
            return [];
        var containers = pod.Sequence("containers");
        return (withInit ? containers.Concat(pod.Sequence("initContainers")) : containers).OfType<YamlMappingNode>();
    }
}

/// <summary>An overlay's objects, composed one way: following its kustomizations here, or as kubectl rendered them.</summary>
public sealed record Composition(string Origin, IReadOnlyList<KubernetesObject> Objects)
{
    public override string ToString() => Origin;
}

/// <summary>
/// The manifests under deploy/k8s read with YamlDotNet, so they are checked on a machine without kubectl; and, when
/// build/test.sh rendered the overlays with kubectl (artifacts/k8s/&lt;overlay&gt;.yaml), the rendered objects too.
/// </summary>
public static class KubernetesManifests
{
    static string SourceDirectory { get; } = RepositoryPaths.In("deploy", "k8s");
    static string RenderedDirectory { get; } = RepositoryPaths.In("artifacts", "k8s");

    /// <summary>Every object of every YAML file under deploy/k8s but the kustomizations, and every rendered object.</summary>
    public static IReadOnlyList<KubernetesObject> All { get; } =
        [.. SourceFiles().Where(file => !IsKustomization(file)).SelectMany(Read), .. RenderedFiles().SelectMany(Read)];

    /// <summary>Every kustomization.yaml under deploy/k8s.</summary>
    public static IReadOnlyList<KubernetesObject> Kustomizations { get; } =
        [.. SourceFiles().Where(IsKustomization).SelectMany(Read)];

    /// <summary>
    /// An overlay (a path below deploy/k8s/overlays): its resources as written, replica counts applied, and its kubectl
    /// rendering (artifacts/k8s, slashes as dashes) when there is one.
    /// </summary>
    public static IReadOnlyList<Composition> Overlay(string overlay)
    {
        var directory = Path.Combine(SourceDirectory, "overlays", overlay);
        var compositions = new List<Composition> { new($"{Relative(directory)} (as written)", Compose(directory)) };
        var rendered = Path.Combine(RenderedDirectory, overlay.Replace('/', '-') + ".yaml");
        if (File.Exists(rendered))
            compositions.Add(new Composition($"{Relative(rendered)} (as rendered)", Read(rendered)));
        return compositions;
    }

    static List<KubernetesObject> Compose(string directory)
    {
        var kustomizationFile = Path.Combine(directory, "kustomization.yaml");
        if (!File.Exists(kustomizationFile))
            throw new FileNotFoundException("A kustomize resource directory without kustomization.yaml.", kustomizationFile);
        var kustomization = Read(kustomizationFile).Single().Yaml;
        var objects = new List<KubernetesObject>();
        foreach (var resource in kustomization.Sequence("resources").OfType<YamlScalarNode>())
        {
            var path = Path.GetFullPath(Path.Combine(directory, resource.Value!));
            objects.AddRange(Directory.Exists(path) ? Compose(path) : Read(path));
        }

        // The outer kustomization's counts win, as in kustomize.
        foreach (var replicas in kustomization.Sequence("replicas").OfType<YamlMappingNode>())
        {
            foreach (var deployment in objects.Where(o => o.Kind is "Deployment" or "StatefulSet" && o.Name == replicas.Text("name")))
                deployment.Yaml.Map("spec")!.Children[new YamlScalarNode("replicas")] = new YamlScalarNode(replicas.Text("count"));
        }

        return objects;
    }

    static string[] SourceFiles()
    {
        var files = Directory.GetFiles(SourceDirectory, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(SourceDirectory, "*.yml", SearchOption.AllDirectories)).Order().ToArray();
        return files.Length > 0 ? files : throw new InvalidOperationException($"No manifest found under {SourceDirectory}.");
    }

    static string[] RenderedFiles() =>
        Directory.Exists(RenderedDirectory) ? [.. Directory.GetFiles(RenderedDirectory, "*.yaml").Order()] : [];

    static bool IsKustomization(string file) => Path.GetFileName(file) is "kustomization.yaml" or "kustomization.yml";

    /// <summary>A fresh copy each time: composing an overlay changes replica counts in place.</summary>
    static List<KubernetesObject> Read(string file)
    {
        using var reader = new StringReader(File.ReadAllText(file));
        var stream = new YamlStream();
        stream.Load(reader);
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().Select(root => new KubernetesObject(Relative(file), root))];
    }

    static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path);
}

/// <summary>Reading a YAML mapping by key, null when absent or of another shape.</summary>
public static class YamlNavigation
{
    public static YamlNode? Child(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static YamlMappingNode? Map(this YamlMappingNode node, string key) => node.Child(key) as YamlMappingNode;

    public static IEnumerable<YamlNode> Sequence(this YamlMappingNode node, string key) =>
        node.Child(key) is YamlSequenceNode sequence ? sequence.Children : [];

    public static string? Text(this YamlMappingNode node, string key) => (node.Child(key) as YamlScalarNode)?.Value;
}
