// The typed registry of layers: each analyzer adds its layer here by declaration merging.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface LayerMap {}

export type LayerName = keyof LayerMap & string

export type Layers = Partial<LayerMap>
