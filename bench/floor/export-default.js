export default crFloorFactory;
